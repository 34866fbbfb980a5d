using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Tests;

public sealed class ContractVersionTests
{
    [Fact]
    public void This_contract_is_1_1_and_names_the_status_query_feature()
    {
        Assert.Equal(new ContractVersion(1, 1), ContractVersion.Current);
        Assert.Equal("1.1", ContractVersion.Current.ToString());
        Assert.Contains(ProviderFeature.StatusQuery, ProviderFeature.All);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void A_peer_of_the_same_major_is_compatible_whatever_its_minor(int minor) =>
        Assert.True(ContractVersion.Current.IsCompatibleWith(new ContractVersion(ProviderContract.Major, minor)));

    [Fact]
    public void A_peer_of_another_major_is_not_compatible() =>
        Assert.False(ContractVersion.Current.IsCompatibleWith(new ContractVersion(ProviderContract.Major + 1, ProviderContract.Minor)));
}
