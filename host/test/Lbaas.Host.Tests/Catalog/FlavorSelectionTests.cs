using Lbaas.Host.Api;
using Lbaas.Host.NetworkCatalog;
using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Lbaas.Host.Tests.Support;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lbaas.Host.Tests.Catalog;

public sealed class FlavorSelectionTests : CatalogApiTest
{
    [Fact]
    public async Task A_load_balancer_without_flavor_gets_the_default_provider()
    {
        var (status, body) = await Host.CreateLoadBalancerAsync();

        Assert.True(status == 201, body.ToString());
        var lb = body.GetProperty("loadbalancer");
        Assert.Equal("noop", lb.GetProperty("provider").GetString());
        await Host.WaitForActiveAsync(lb.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_flavor_picks_its_profiles_provider_and_an_equal_explicit_provider_is_accepted()
    {
        var flavor = await Host.CreateFlavorAsync(await Host.CreateFlavorProfileAsync());

        var (status, body) = await Host.CreateLoadBalancerAsync(new { flavor_id = flavor, provider = "noop" });

        Assert.True(status == 201, body.ToString());
        Assert.Equal("noop", body.GetProperty("loadbalancer").GetProperty("provider").GetString());
        Assert.Equal(flavor, body.GetProperty("loadbalancer").GetProperty("flavor_id").GetString());
    }

    [Fact]
    public async Task A_flavor_with_a_different_explicit_provider_is_refused()
    {
        var flavor = await Host.CreateFlavorAsync(await Host.CreateFlavorProfileAsync());

        var (status, body) = await Host.CreateLoadBalancerAsync(new { flavor_id = flavor, provider = "amphora" });

        Assert.Equal(400, status);
        Assert.Equal($"Flavor '{flavor}' is not compatible with provider 'amphora'", Fault(body));
    }

    [Fact]
    public async Task An_unknown_or_disabled_flavor_is_refused()
    {
        var (unknown, body) = await Host.CreateLoadBalancerAsync(new { flavor_id = Guid.NewGuid() });
        Assert.Equal(400, unknown);
        Assert.Equal("Validation failure: Invalid flavor_id.", Fault(body));

        var disabled = await Host.CreateFlavorAsync(await Host.CreateFlavorProfileAsync(), enabled: false);
        var (status, fault) = await Host.CreateLoadBalancerAsync(new { flavor_id = disabled });
        Assert.Equal(400, status);
        Assert.Equal($"The selected flavor is not allowed in this deployment: {disabled}", Fault(fault));
    }

    [Fact]
    public async Task A_flavor_in_use_by_a_live_load_balancer_cannot_be_deleted()
    {
        var flavor = await Host.CreateFlavorAsync(await Host.CreateFlavorProfileAsync());
        var (_, body) = await Host.CreateLoadBalancerAsync(new { flavor_id = flavor });
        var lbId = body.GetProperty("loadbalancer").GetProperty("id").GetString()!;
        await Host.WaitForActiveAsync(lbId);

        var (status, fault) = await Host.DeleteAsync($"/v2/lbaas/flavors/{flavor}");
        Assert.Equal(409, status);
        Assert.Equal($"Flavor {flavor} is in use and cannot be modified.", Fault(fault));
    }

    [Fact]
    public async Task Once_its_load_balancers_are_deleted_a_flavor_can_go_and_they_point_at_the_nil_uuid()
    {
        var flavor = await Host.CreateFlavorAsync(await Host.CreateFlavorProfileAsync());
        var (_, body) = await Host.CreateLoadBalancerAsync(new { flavor_id = flavor });
        var lbId = body.GetProperty("loadbalancer").GetProperty("id").GetString()!;
        await Host.WaitForActiveAsync(lbId);
        Assert.Equal(204, (await Host.DeleteAsync($"/v2/lbaas/loadbalancers/{lbId}")).Status);
        await Eventually.EqualAsync(404, async _ => (await Host.GetAsync($"/v2/lbaas/loadbalancers/{lbId}")).Status, $"deletion of {lbId}");

        Assert.Equal(204, (await Host.DeleteAsync($"/v2/lbaas/flavors/{flavor}")).Status);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var row = await db.LoadBalancers.AsNoTracking().SingleAsync(lb => lb.Id == Guid.Parse(lbId));
        Assert.Equal(ProvisioningStatuses.Deleted, row.ProvisioningStatus);
        Assert.Equal(Guid.Empty, row.FlavorId);
    }

    [Fact]
    public async Task An_availability_zone_must_exist_and_be_enabled()
    {
        var (unknown, body) = await Host.CreateLoadBalancerAsync(new { availability_zone = "nowhere" });
        Assert.Equal(400, unknown);
        Assert.Equal("Validation failure: Invalid availability zone.", Fault(body));

        var (_, profile) = await Host.PostAsync("/v2/lbaas/availabilityzoneprofiles",
            new { availability_zone_profile = new { name = "azp", provider_name = "noop", availability_zone_data = "{}" } });
        var profileId = profile.GetProperty("availability_zone_profile").GetProperty("id").GetString();
        await Host.PostAsync("/v2/lbaas/availabilityzones",
            new { availability_zone = new { name = "az1", availability_zone_profile_id = profileId, enabled = false } });
        var (disabled, fault) = await Host.CreateLoadBalancerAsync(new { availability_zone = "az1" });
        Assert.Equal(400, disabled);
        Assert.Equal("The selected availability_zone is not allowed in this deployment: az1", Fault(fault));

        await Host.PutAsync("/v2/lbaas/availabilityzones/az1", new { availability_zone = new { enabled = true } });
        var (created, lb) = await Host.CreateLoadBalancerAsync(new { availability_zone = "az1" });
        Assert.True(created == 201, lb.ToString());
        Assert.Equal(409, (await Host.DeleteAsync("/v2/lbaas/availabilityzones/az1")).Status);
    }

    [Fact]
    public async Task The_selection_carries_the_flavors_topology_and_the_zones_vip_networks()
    {
        // Stored directly: the noop driver takes neither key, but amphora-style drivers do.
        var network = NetworkCatalogOptions.MemberNetworkId;
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LbaasDbContext>();
        var flavorProfile = new FlavorProfileEntity { Id = Guid.NewGuid(), Name = "fp", ProviderName = "noop", FlavorData = "{\"loadbalancer_topology\": \"ACTIVE_STANDBY\"}" };
        var flavor = new FlavorEntity { Id = Guid.NewGuid(), Name = "ha", FlavorProfileId = flavorProfile.Id };
        var zoneProfile = new AvailabilityZoneProfileEntity
        {
            Id = Guid.NewGuid(),
            Name = "azp",
            ProviderName = "other",
            AvailabilityZoneData = $"{{\"valid_vip_networks\": [\"{network}\"]}}",
        };
        db.AddRange(flavorProfile, flavor, zoneProfile, new AvailabilityZoneEntity { Name = "az1", AvailabilityZoneProfileId = zoneProfile.Id });
        await db.SaveChangesAsync();

        var resolver = scope.ServiceProvider.GetRequiredService<IFlavorResolver>();
        var selection = await resolver.ResolveAsync(db, new FlavorRequest(flavor.Id, "az1", null), CancellationToken.None);

        Assert.Equal("noop", selection.Provider);
        Assert.Equal(Topology.ActiveStandby, selection.Topology);
        Assert.Equal([network], selection.ValidVipNetworks);
        Assert.True(selection.FlavorMetadata.ContainsKey("loadbalancer_topology"));

        // The VIP is on the VIP network, which the zone does not allow.
        var (status, _) = await Host.CreateLoadBalancerAsync(new { availability_zone = "az1" });
        Assert.Equal(400, status);
    }
}
