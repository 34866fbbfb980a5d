using Lbaas.Sdk.V1;

namespace Lbaas.Sdk.Tests;

public sealed class OptionalTests
{
    [Fact]
    public void An_unset_optional_differs_from_one_set_to_null()
    {
        Optional<string?> unset = default;
        Optional<string?> setToNull = Optional.Of<string?>(null);

        Assert.False(unset.HasValue);
        Assert.True(setToNull.HasValue);
        Assert.Null(setToNull.Value);
        Assert.NotEqual(unset, setToNull);
    }

    [Fact]
    public void Reading_an_unset_optional_throws()
    {
        Optional<int> unset = default;

        Assert.Throws<InvalidOperationException>(() => unset.Value);
        Assert.False(unset.TryGetValue(out _));
    }

    [Fact]
    public void An_update_applies_only_the_fields_that_are_set()
    {
        var member = new Member
        {
            Id = Guid.NewGuid(),
            PoolId = Guid.NewGuid(),
            ProjectId = "p",
            Address = System.Net.IPAddress.Loopback,
            ProtocolPort = 80,
            Name = "old",
            Weight = 5,
            MonitorPort = 81,
        };

        var updated = new UpdateMemberRequest { Current = member, Weight = 7, MonitorPort = Optional.Of<int?>(null) }.Apply();

        Assert.Equal("old", updated.Name);
        Assert.Equal(7, updated.Weight);
        Assert.Null(updated.MonitorPort);
    }
}
