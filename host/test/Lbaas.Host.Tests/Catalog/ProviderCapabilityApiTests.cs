namespace Lbaas.Host.Tests.Catalog;

public sealed class ProviderCapabilityApiTests : CatalogApiTest
{
    [Fact]
    public async Task Flavor_capabilities_list_the_drivers_metadata_keys()
    {
        var (status, body) = await Host.GetAsync("/v2/lbaas/providers/noop/flavor_capabilities");

        Assert.Equal(200, status);
        var keys = body.GetProperty("flavor_capabilities").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.False(string.IsNullOrEmpty(k.GetProperty("name").GetString()));
            Assert.True(k.TryGetProperty("description", out _));
        });
    }

    [Fact]
    public async Task Capabilities_filter_by_exact_name_and_description_and_honour_fields()
    {
        var (_, all) = await Host.GetAsync("/v2/providers/noop/availability_zone_capabilities");
        var first = all.GetProperty("availability_zone_capabilities").EnumerateArray().First();
        var name = first.GetProperty("name").GetString()!;
        var description = first.GetProperty("description").GetString()!;

        var (_, byName) = await Host.GetAsync($"/v2/providers/noop/availability_zone_capabilities?name={Uri.EscapeDataString(name)}&fields=name");
        var only = Assert.Single(byName.GetProperty("availability_zone_capabilities").EnumerateArray());
        Assert.Equal(name, only.GetProperty("name").GetString());
        Assert.False(only.TryGetProperty("description", out _));

        var (_, byDescription) = await Host.GetAsync(
            $"/v2/providers/noop/availability_zone_capabilities?description={Uri.EscapeDataString(description)}");
        Assert.Contains(byDescription.GetProperty("availability_zone_capabilities").EnumerateArray(),
            k => k.GetProperty("name").GetString() == name);

        var (_, none) = await Host.GetAsync("/v2/providers/noop/flavor_capabilities?name=no-such-key");
        Assert.Equal(0, none.GetProperty("flavor_capabilities").GetArrayLength());
    }
}
