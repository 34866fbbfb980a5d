namespace Lbaas.Host.Tests.Catalog;

public sealed class FlavorApiTests : CatalogApiTest
{
    [Fact]
    public async Task A_flavor_profile_round_trips_with_its_data_as_a_json_string()
    {
        var (status, body) = await Host.PostAsync("/v2.0/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp1", provider_name = "noop", flavor_data = "{}" } });

        Assert.Equal(201, status);
        var profile = body.GetProperty("flavorprofile");
        Assert.Equal(["id", "name", "provider_name", "flavor_data"], profile.EnumerateObject().Select(p => p.Name));
        Assert.Equal("{}", profile.GetProperty("flavor_data").GetString());
        var id = profile.GetProperty("id").GetString();

        var (_, list) = await Host.GetAsync("/v2/flavorprofiles?name=fp1");
        Assert.Equal(id, Assert.Single(list.GetProperty("flavorprofiles").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, list.GetProperty("flavorprofile_links").GetArrayLength());

        var (_, shown) = await Host.GetAsync($"/v2/lbaas/flavorprofiles/{id}?fields=name");
        Assert.Equal(["name"], shown.GetProperty("flavorprofile").EnumerateObject().Select(p => p.Name));

        var (updated, renamed) = await Host.PutAsync($"/v2/lbaas/flavorprofiles/{id}", new { flavorprofile = new { name = "fp2" } });
        Assert.Equal(200, updated);
        Assert.Equal("fp2", renamed.GetProperty("flavorprofile").GetProperty("name").GetString());

        Assert.Equal(204, (await Host.DeleteAsync($"/v2/lbaas/flavorprofiles/{id}")).Status);
        Assert.Equal(404, (await Host.GetAsync($"/v2/lbaas/flavorprofiles/{id}")).Status);
    }

    [Theory]
    [InlineData("not json", "not json is not a valid option for flavor_data")]
    [InlineData("[1, 2]", "[1, 2] is not a valid option for flavor_data")]
    public async Task Flavor_data_must_be_a_json_object(string data, string fault)
    {
        var (status, body) = await Host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", provider_name = "noop", flavor_data = data } });

        Assert.Equal(400, status);
        Assert.Equal(fault, Fault(body));
    }

    [Fact]
    public async Task A_profile_for_a_provider_that_is_not_enabled_is_refused()
    {
        var (status, body) = await Host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", provider_name = "amphora", flavor_data = "{}" } });

        Assert.Equal(400, status);
        Assert.Equal("Provider 'amphora' is not enabled.", Fault(body));
    }

    [Fact]
    public async Task The_driver_refuses_metadata_it_does_not_know_with_501()
    {
        var (status, body) = await Host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", provider_name = "noop", flavor_data = "{\"no_such_key\": 1}" } });

        Assert.Equal(501, status);
        Assert.StartsWith("Provider 'noop' does not support a requested option: ", Fault(body), StringComparison.Ordinal);
        Assert.Equal(0, (await Host.GetAsync("/v2/lbaas/flavorprofiles")).Body.GetProperty("flavorprofiles").GetArrayLength());
    }

    [Fact]
    public async Task Missing_and_unknown_fields_are_all_reported()
    {
        var (status, body) = await Host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", bogus = 1 } });

        Assert.Equal(400, status);
        var fault = Fault(body);
        Assert.Contains("Unknown attribute for argument flavor_profile_: bogus", fault, StringComparison.Ordinal);
        Assert.Contains("Invalid input for field/attribute provider_name. Value: 'None'. Mandatory field missing.", fault, StringComparison.Ordinal);
        Assert.Contains("Invalid input for field/attribute flavor_data. Value: 'None'. Mandatory field missing.", fault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flavor_round_trips_and_its_name_is_unique()
    {
        var profile = await Host.CreateFlavorProfileAsync();
        var (status, body) = await Host.PostAsync("/v2.0/lbaas/flavors",
            new { flavor = new { name = "small", flavor_profile_id = profile, description = "d" } });
        Assert.Equal(201, status);
        var flavor = body.GetProperty("flavor");
        Assert.Equal(["id", "name", "description", "enabled", "flavor_profile_id"], flavor.EnumerateObject().Select(p => p.Name));
        Assert.True(flavor.GetProperty("enabled").GetBoolean());
        var id = flavor.GetProperty("id").GetString();

        var (duplicate, fault) = await Host.PostAsync("/v2.0/lbaas/flavors", new { flavor = new { name = "small", flavor_profile_id = profile } });
        Assert.Equal(409, duplicate);
        Assert.Equal("A flavor of small already exists.", Fault(fault));

        var (updated, changed) = await Host.PutAsync($"/v2/flavors/{id}", new { flavor = new { enabled = false, description = (string?)null } });
        Assert.Equal(200, updated);
        Assert.False(changed.GetProperty("flavor").GetProperty("enabled").GetBoolean());
        Assert.Equal("", changed.GetProperty("flavor").GetProperty("description").GetString());

        var (_, list) = await Host.GetAsync("/v2/flavors?enabled=false");
        Assert.Single(list.GetProperty("flavors").EnumerateArray());
        Assert.Equal(0, list.GetProperty("flavors_links").GetArrayLength());
        Assert.Equal(400, (await Host.GetAsync("/v2/flavors?no_such_field=1")).Status);

        var (badPut, badFault) = await Host.PutAsync($"/v2/flavors/{id}", new { flavor = new { flavor_profile_id = profile } });
        Assert.Equal(400, badPut);
        Assert.Contains("Unknown attribute for argument flavor_: flavor_profile_id", Fault(badFault), StringComparison.Ordinal);

        Assert.Equal(204, (await Host.DeleteAsync($"/v2/flavors/{id}")).Status);
        Assert.Equal(404, (await Host.DeleteAsync($"/v2/flavors/{id}")).Status);
    }

    [Fact]
    public async Task A_referenced_profile_cannot_change_provider_or_data_or_be_deleted()
    {
        var profile = await Host.CreateFlavorProfileAsync();
        await Host.CreateFlavorAsync(profile);

        var (changed, fault) = await Host.PutAsync($"/v2/flavorprofiles/{profile}", new { flavorprofile = new { flavor_data = "{}" } });
        Assert.Equal(409, changed);
        Assert.Equal($"Flavor profile {profile} is in use and cannot be modified.", Fault(fault));
        Assert.Equal(409, (await Host.DeleteAsync($"/v2/flavorprofiles/{profile}")).Status);
        Assert.Equal(200, (await Host.PutAsync($"/v2/flavorprofiles/{profile}", new { flavorprofile = new { name = "renamed" } })).Status);

        var (nulled, nullFault) = await Host.PutAsync($"/v2/flavorprofiles/{profile}", new { flavorprofile = new { name = (string?)null } });
        Assert.Equal(400, nulled);
        Assert.Equal("None is not a valid option for name", Fault(nullFault));
    }

    [Fact]
    public async Task The_nil_uuid_unknown_ids_and_unknown_profiles_are_not_found()
    {
        const string Nil = "00000000-0000-0000-0000-000000000000";
        Assert.Equal("Flavor 00000000-0000-0000-0000-000000000000 not found.", Fault((await Host.GetAsync($"/v2/flavors/{Nil}")).Body));
        Assert.Equal(404, (await Host.DeleteAsync($"/v2/flavorprofiles/{Nil}")).Status);
        Assert.Equal(404, (await Host.GetAsync("/v2/flavors/small")).Status);

        var missing = Guid.NewGuid();
        var (status, body) = await Host.PostAsync("/v2/flavors", new { flavor = new { name = "x", flavor_profile_id = missing } });
        Assert.Equal(404, status);
        Assert.Equal($"Flavor Profile {missing} not found.", Fault(body));
    }

    [Fact]
    public async Task Flavors_page_with_links_carrying_the_marker()
    {
        var profile = await Host.CreateFlavorProfileAsync();
        for (var i = 0; i < 3; i++)
        {
            await Host.CreateFlavorAsync(profile, $"f{i}");
        }

        var (_, page) = await Host.GetAsync("/v2/flavors?limit=2&sort=name:asc");
        var flavors = page.GetProperty("flavors").EnumerateArray().ToList();
        Assert.Equal(["f0", "f1"], flavors.Select(f => f.GetProperty("name").GetString()));
        var next = Assert.Single(page.GetProperty("flavors_links").EnumerateArray());
        Assert.Equal("next", next.GetProperty("rel").GetString());
        Assert.Contains($"marker={flavors[1].GetProperty("id").GetString()}", next.GetProperty("href").GetString(), StringComparison.Ordinal);
    }
}
