using System.Text.Json;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Creates load balancers: validates, picks the provider, gets the VIP, commits PENDING_CREATE rows, calls the driver.</summary>
public sealed partial class LoadBalancerCreator(
    LbaasDbContext db,
    ProviderInvoker invoker,
    IFlavorResolver flavors,
    IQuotaChecker quotas,
    IOptions<ApiOptions> options,
    TimeProvider time,
    IServiceProvider services,
    ILogger<LoadBalancerCreator> logger)
{
    private static readonly string[] PostFields =
    [
        "name", "description", "admin_state_up", "vip_address", "vip_port_id", "vip_subnet_id", "vip_network_id",
        "vip_qos_policy_id", "additional_vips", "project_id", "tenant_id", "provider", "flavor_id", "availability_zone", "tags",
        "listeners", "pools",
    ];

    private static readonly string[] AdditionalVipFields = ["subnet_id", "ip_address"];

    public async Task<IResult> CreateAsync(HttpContext context, CancellationToken ct)
    {
        var root = await RequestBody.ReadAsync(context.Request, ct);
        var body = RequestBody.Envelope(root, "loadbalancer");
        var errors = new List<string>();
        var r = new FieldReader(body, "load_balancer.loadbalancer", PostFields, errors);
        var caller = ProjectContext.Of(context);
        var projectId = r.String("project_id") ?? r.String("tenant_id") ?? caller.ProjectId;
        var now = time.GetUtcNow().UtcDateTime;
        var lb = new LoadBalancerEntity
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            Name = r.String("name"),
            Description = r.String("description"),
            AdminStateUp = r.Bool("admin_state_up") ?? true,
            Tags = r.StringList("tags") ?? [],
            ProvisioningStatus = ProvisioningStatuses.PendingCreate,
            OperatingStatus = OperatingStatuses.Offline,
            CreatedAt = now,
        };
        var vip = new Vip
        {
            Address = r.Ip("vip_address"),
            PortId = r.Uuid("vip_port_id"),
            SubnetId = r.Uuid("vip_subnet_id"),
            NetworkId = r.Uuid("vip_network_id"),
            QosPolicyId = r.Uuid("vip_qos_policy_id"),
        };
        var additional = new List<AdditionalVip>();
        foreach (var item in r.ObjectList("additional_vips") ?? [])
        {
            var av = new FieldReader(item, "additional_vips", AdditionalVipFields, errors);
            if (av.Uuid("subnet_id", required: true) is { } subnet)
            {
                additional.Add(new AdditionalVip { SubnetId = subnet, Address = av.Ip("ip_address") });
            }
        }

        var flavorRequest = new FlavorRequest(r.Uuid("flavor_id"), r.String("availability_zone"), r.String("provider", 64));
        var graphInput = LoadBalancerGraphInput.Parse(r, errors, options.Value);
        FieldReader.ThrowIfAny(errors);

        if (!caller.IsAdmin && projectId != caller.ProjectId)
        {
            throw ApiException.Forbidden();
        }

        var o = options.Value;
        var allowedVip = new List<string>();
        if (o.AllowVipPortId)
        {
            allowedVip.Add("vip_port_id");
        }

        if (o.AllowVipNetworkId)
        {
            allowedVip.Add("vip_network_id");
        }

        if (o.AllowVipSubnetId)
        {
            allowedVip.Add("vip_subnet_id");
        }

        if ((vip.PortId is null || !o.AllowVipPortId) && (vip.NetworkId is null || !o.AllowVipNetworkId)
            && (vip.SubnetId is null || !o.AllowVipSubnetId))
        {
            throw new ApiException(StatusCodes.Status400BadRequest,
                $"Validation failure: VIP must contain one of: {string.Join(", ", allowedVip)}.");
        }

        if (additional.Select(a => a.SubnetId).Distinct().Count() != additional.Count
            || (vip.SubnetId is { } vs && additional.Any(a => a.SubnetId == vs)))
        {
            throw ApiException.Validation("Duplicate VIP subnet(s) specified. Only one IP can be bound per subnet.");
        }

        var selection = await flavors.ResolveAsync(db, flavorRequest, ct);
        var driver = invoker.GetDriver(selection.Provider);
        var network = services.GetService<INetworkClient>();
        vip = await ValidateVipAsync(network, vip, additional, selection, ct);
        var graph = graphInput is null ? null : await graphInput.BuildAsync(lb, network, ct);

        if (selection.FlavorMetadata.Count > 0)
        {
            await ThrowIfFailedAsync(invoker.InvokeAsync(selection.Provider, "flavor validation",
                (d, c) => d.ValidateFlavorAsync(new ValidateMetadataRequest { Metadata = selection.FlavorMetadata }, c), ct));
        }

        if (selection.AvailabilityZoneMetadata.Count > 0)
        {
            await ThrowIfFailedAsync(invoker.InvokeAsync(selection.Provider, "availability zone validation",
                (d, c) => d.ValidateAvailabilityZoneAsync(new ValidateMetadataRequest { Metadata = selection.AvailabilityZoneMetadata }, c), ct));
        }

        lb.Provider = selection.Provider;
        lb.FlavorId = flavorRequest.FlavorId;
        lb.AvailabilityZone = flavorRequest.AvailabilityZone;
        lb.Topology = selection.Topology is { } t ? WireName.Of(t) : null;
        lb.FlavorMetadata = JsonSerializer.Serialize(selection.FlavorMetadata);
        lb.AvailabilityZoneMetadata = JsonSerializer.Serialize(selection.AvailabilityZoneMetadata);

        var vipResult = await CreateVipAsync(driver, network, lb, vip, additional, ct);
        ApplyVip(lb, vipResult);

        var journal = new MutationJournal(time);
        var demand = graph?.Demand ?? new QuotaDemand { LoadBalancers = 1 };
        try
        {
            // The whole graph commits PENDING_CREATE in one transaction before the one driver call.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await journal.ReserveAsync(quotas, db, projectId, demand, ct);
            db.LoadBalancers.Add(lb);
            graph?.AddTo(db);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            await ReleaseHostPortAsync(network, lb, vipResult);
            throw;
        }

        journal.Created<LoadBalancerEntity>(lb.Id);
        graph?.Journal(journal);
        var model = graph?.ToModel() ?? ProviderModelMapper.ToModel(LoadBalancerGraph.Of(lb));
        await invoker.CallAsync(lb.Provider, "load balancer create", journal,
            (d, c) => d.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { LoadBalancer = model }, c), ct,
            () => ReleaseHostPortAsync(network, lb, vipResult));

        var view = graph?.View() ?? new LoadBalancerView(lb, IdRefs.Empty, IdRefs.Empty);
        return JsonResult.Single(StatusCodes.Status201Created, LoadBalancerSchema.Instance, view);
    }

    private static async Task ThrowIfFailedAsync(Task<ApiException?> call)
    {
        if (await call is { } fault)
        {
            throw fault;
        }
    }

    private async Task<Vip> ValidateVipAsync(INetworkClient? network, Vip vip, List<AdditionalVip> additional, FlavorSelection selection,
        CancellationToken ct)
    {
        if (network is not null)
        {
            if (vip.PortId is { } portId)
            {
                var port = await network.GetPortAsync(portId, ct) ?? throw ApiException.BadRequest($"Port {portId} not found.");
                if (!string.IsNullOrEmpty(port.DeviceId))
                {
                    throw ApiException.Validation($"Port {portId} already has a compute device bound.");
                }

                vip = vip with { NetworkId = port.NetworkId };
                if (vip.SubnetId is null && port.FixedIps.Count > 0)
                {
                    var fixedIp = vip.Address is { } a ? port.FixedIps.FirstOrDefault(f => f.IpAddress.Equals(a)) : port.FixedIps[0];
                    vip = vip with { SubnetId = fixedIp?.SubnetId, Address = vip.Address ?? fixedIp?.IpAddress };
                }
            }

            if (vip.SubnetId is { } subnetId)
            {
                var subnet = await network.GetSubnetAsync(subnetId, ct) ?? throw ApiException.BadRequest($"Subnet {subnetId} not found.");
                if (vip.NetworkId is { } n && n != subnet.NetworkId)
                {
                    throw ApiException.Validation("vip_subnet_id does not belong to vip_network_id.");
                }

                vip = vip with { NetworkId = subnet.NetworkId };
            }
            else if (vip.NetworkId is { } networkId)
            {
                _ = await network.GetNetworkAsync(networkId, ct) ?? throw ApiException.BadRequest($"Network {networkId} not found.");
                var subnets = await network.ListSubnetsAsync(networkId, ct);
                var usable = subnets.FirstOrDefault(s => vip.Address is null || s.Cidr.Contains(vip.Address))
                    ?? throw ApiException.Validation("Supplied network does not contain a subnet.");
                vip = vip with { SubnetId = usable.Id };
            }
        }

        if (network is not null)
        {
            foreach (var extra in additional)
            {
                var subnet = await network.GetSubnetAsync(extra.SubnetId, ct) ?? throw ApiException.BadRequest($"Subnet {extra.SubnetId} not found.");
                if (subnet.NetworkId != vip.NetworkId)
                {
                    throw ApiException.Validation("All VIP subnets must belong to the same network.");
                }
            }
        }

        var allowed = selection.ValidVipNetworks.Count > 0 ? selection.ValidVipNetworks : options.Value.ValidVipNetworks;
        if (allowed.Count > 0 && (vip.NetworkId is not { } net || !allowed.Contains(net)))
        {
            throw ApiException.Validation("Supplied VIP network_id is not allowed by the configuration of this deployment.");
        }

        return vip;
    }

    private async Task<CreateVipPortResult> CreateVipAsync(IProviderDriver driver, INetworkClient? network, LoadBalancerEntity lb, Vip vip,
        List<AdditionalVip> additional, CancellationToken ct)
    {
        CreateVipPortResult? result = null;
        var notImplemented = false;
        var fault = await invoker.InvokeAsync(lb.Provider, "VIP port create", async (d, c) =>
        {
            try
            {
                result = await d.CreateVipPortAsync(new CreateVipPortRequest
                {
                    LoadBalancerId = lb.Id,
                    ProjectId = lb.ProjectId,
                    Vip = vip,
                    AdditionalVips = additional,
                }, c);
            }
            catch (NotImplementedByDriverException)
            {
                notImplemented = true;
            }
        }, ct);
        if (fault is not null)
        {
            throw fault;
        }

        if (!notImplemented && result is not null)
        {
            return result;
        }

        if (network is null)
        {
            return new CreateVipPortResult { Vip = vip, AdditionalVips = additional };
        }

        if (vip.PortId is not null)
        {
            return new CreateVipPortResult { Vip = vip, AdditionalVips = additional };
        }

        var port = await network.CreatePortAsync(new CreatePortRequest
        {
            NetworkId = vip.NetworkId ?? throw ApiException.Validation("VIP network could not be determined."),
            SubnetId = vip.SubnetId,
            IpAddress = vip.Address,
            Name = $"lb-{lb.Id}",
            ProjectId = lb.ProjectId,
            DeviceOwner = "Octavia",
            DeviceId = $"lb-{lb.Id}",
            QosPolicyId = vip.QosPolicyId,
        }, ct);
        var fixedIp = port.FixedIps.FirstOrDefault(f => vip.SubnetId is null || f.SubnetId == vip.SubnetId) ?? port.FixedIps.FirstOrDefault();
        var extra = new List<AdditionalVip>();
        foreach (var a in additional)
        {
            var allocated = await network.AllocateAddressAsync(port.Id, a.SubnetId, a.Address, ct);
            var ip = allocated.FixedIps.LastOrDefault(f => f.SubnetId == a.SubnetId);
            extra.Add(a with { PortId = port.Id, Address = ip?.IpAddress ?? a.Address });
        }

        Log.HostAllocatedVip(logger, port.Id, lb.Id);
        return new CreateVipPortResult
        {
            Vip = vip with { PortId = port.Id, Address = fixedIp?.IpAddress ?? vip.Address, SubnetId = fixedIp?.SubnetId ?? vip.SubnetId },
            AdditionalVips = extra,
            PortOwnedByHost = true,
        };
    }

    private static void ApplyVip(LoadBalancerEntity lb, CreateVipPortResult result)
    {
        lb.VipAddress = result.Vip.Address?.ToString();
        lb.VipPortId = result.Vip.PortId;
        lb.VipSubnetId = result.Vip.SubnetId;
        lb.VipNetworkId = result.Vip.NetworkId;
        lb.VipQosPolicyId = result.Vip.QosPolicyId;
        lb.VipPortOwnedByHost = result.PortOwnedByHost;
        lb.AdditionalVips = result.AdditionalVips.Select(a => new AdditionalVipEntity
        {
            LoadBalancerId = lb.Id,
            SubnetId = a.SubnetId,
            NetworkId = a.NetworkId,
            PortId = a.PortId,
            IpAddress = a.Address?.ToString(),
        }).ToList();
    }

    private async Task ReleaseHostPortAsync(INetworkClient? network, LoadBalancerEntity lb, CreateVipPortResult result)
    {
        if (network is null || !result.PortOwnedByHost || result.Vip.PortId is not { } portId)
        {
            return;
        }

        try
        {
            await network.DeletePortAsync(portId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Log.VipReleaseFailed(logger, ex, portId, lb.Id);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
            Message = "The provider does not create VIP ports; the host allocated port '{PortId}' for load balancer '{LoadBalancerId}'.")]
        public static partial void HostAllocatedVip(ILogger logger, Guid portId, Guid loadBalancerId);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
            Message = "Could not release VIP port '{PortId}' after load balancer '{LoadBalancerId}' was rolled back.")]
        public static partial void VipReleaseFailed(ILogger logger, Exception exception, Guid portId, Guid loadBalancerId);
    }
}
