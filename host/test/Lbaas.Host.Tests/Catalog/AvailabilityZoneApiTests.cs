namespace Lbaas.Host.Tests.Catalog;

public sealed class AvailabilityZoneApiTests : CatalogApiTest
{
    private async Task<string> CreateProfileAsync(string data = "{}")
    {
        var (status, body) = await Host.PostAsync("/v2/lbaas/availabilityzoneprofiles",
            new { availability_zone_profile = new { name = "azp", provider_name = "noop", availability_zone_data = data } });
        Assert.True(status == 201, $"AZ profile create answered {status}: {body}");
        return body.GetProperty("availability_zone_profile").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_zone_profile_round_trips_with_its_envelopes()
    {
        var id = await CreateProfileAsync();

        var (_, list) = await Host.GetAsync("/v2/lbaas/availabilityzoneprofiles");
        Assert.Equal(id, Assert.Single(list.GetProperty("availability_zone_profiles").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, list.GetProperty("availability_zone_profile_links").GetArrayLength());
        var (_, shown) = await Host.GetAsync($"/v2/lbaas/availabilityzoneprofiles/{id}");
        Assert.Equal("{}", shown.GetProperty("availability_zone_profile").GetProperty("availability_zone_data").GetString());

        var (bad, fault) = await Host.PostAsync("/v2/lbaas/availabilityzoneprofiles",
            new { availability_zone_profile = new { name = "azp", provider_name = "noop", availability_zone_data = "nope" } });
        Assert.Equal(400, bad);
        Assert.Equal("nope is not a valid option for availability_zone_data", Fault(fault));
    }

    [Fact]
    public async Task A_zone_is_keyed_by_name_unique_and_protects_its_profile()
    {
        var profile = await CreateProfileAsync();
        var (status, body) = await Host.PostAsync("/v2/lbaas/availabilityzones",
            new { availability_zone = new { name = "az1", availability_zone_profile_id = profile } });
        Assert.Equal(201, status);
        var zone = body.GetProperty("availability_zone");
        Assert.Equal(["name", "description", "enabled", "availability_zone_profile_id"], zone.EnumerateObject().Select(p => p.Name));

        var (duplicate, fault) = await Host.PostAsync("/v2/lbaas/availabilityzones",
            new { availability_zone = new { name = "az1", availability_zone_profile_id = profile } });
        Assert.Equal(409, duplicate);
        Assert.Equal("A availability zone of az1 already exists.", Fault(fault));

        var (_, shown) = await Host.GetAsync("/v2/availabilityzones/az1");
        Assert.Equal(profile, shown.GetProperty("availability_zone").GetProperty("availability_zone_profile_id").GetString());
        var (_, list) = await Host.GetAsync("/v2/availabilityzones?name=az1");
        Assert.Single(list.GetProperty("availability_zones").EnumerateArray());
        Assert.True(list.TryGetProperty("availability_zones_links", out _));

        var (updated, changed) = await Host.PutAsync("/v2/availabilityzones/az1",
            new { availability_zone = new { description = "first", enabled = false } });
        Assert.Equal(200, updated);
        Assert.Equal("first", changed.GetProperty("availability_zone").GetProperty("description").GetString());
        Assert.Equal(400, (await Host.PutAsync("/v2/availabilityzones/az1", new { availability_zone = new { name = "az2" } })).Status);

        var (inUse, inUseFault) = await Host.PutAsync($"/v2/availabilityzoneprofiles/{profile}",
            new { availability_zone_profile = new { provider_name = "noop" } });
        Assert.Equal(409, inUse);
        Assert.Equal($"Availability Zone Profile {profile} is in use and cannot be modified.", Fault(inUseFault));
        Assert.Equal(409, (await Host.DeleteAsync($"/v2/availabilityzoneprofiles/{profile}")).Status);

        Assert.Equal(204, (await Host.DeleteAsync("/v2/availabilityzones/az1")).Status);
        Assert.Equal("Availability Zone az1 not found.", Fault((await Host.GetAsync("/v2/availabilityzones/az1")).Body));
        Assert.Equal(204, (await Host.DeleteAsync($"/v2/availabilityzoneprofiles/{profile}")).Status);
    }

    [Fact]
    public async Task A_zone_needs_an_existing_profile()
    {
        var missing = Guid.NewGuid();
        var (status, body) = await Host.PostAsync("/v2/lbaas/availabilityzones",
            new { availability_zone = new { name = "az1", availability_zone_profile_id = missing } });

        Assert.Equal(404, status);
        Assert.Equal($"Availability Zone Profile {missing} not found.", Fault(body));
    }
}
