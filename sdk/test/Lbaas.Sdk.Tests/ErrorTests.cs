using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Tests;

public sealed class ErrorTests
{
    [Fact]
    public void Each_error_has_octavias_default_user_message_and_falls_back_to_it_for_operators()
    {
        Assert.Equal("An unknown driver error occurred.", new DriverException().UserMessage);
        Assert.Equal("This feature is not implemented by the provider.", new NotImplementedByDriverException().OperatorMessage);
        Assert.Equal("A specified option is not supported by this provider.", new UnsupportedOptionException().Message);
    }

    [Fact]
    public void The_operator_message_is_kept_apart_from_the_user_message()
    {
        var error = new UnsupportedOptionException("UDP is not offered.", "ip_vs is not loaded on host-3.");

        Assert.Equal("UDP is not offered.", error.Message);
        Assert.Equal("ip_vs is not loaded on host-3.", error.OperatorMessage);
    }

    [Fact]
    public void A_version_mismatch_names_both_versions_and_the_other_side()
    {
        var error = new ContractVersionMismatchException(new ContractVersion(1, 0), new ContractVersion(2, 3), "plugin '/opt/p'");

        Assert.Contains("2.3", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("plugin '/opt/p'", error.Message, StringComparison.Ordinal);
        Assert.False(new ContractVersion(1, 0).IsCompatibleWith(new ContractVersion(2, 0)));
        Assert.True(new ContractVersion(1, 0).IsCompatibleWith(new ContractVersion(1, 7)));
    }

    [Fact]
    public void Certificates_never_print_their_private_key()
    {
        var certificate = new TlsCertificate { Id = "ref", Certificate = "-----BEGIN CERTIFICATE-----", PrivateKey = "SECRET-KEY", Passphrase = "SECRET-PASS" };

        Assert.DoesNotContain("SECRET", certificate.ToString(), StringComparison.Ordinal);
    }
}
