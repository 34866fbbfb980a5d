using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api.Members;

/// <summary>Describes the member resource as Octavia renders it (no <c>pool_id</c>).</summary>
public static class MemberSchema
{
    public static ResourceSchema<MemberEntity> Instance { get; } = new("member", "members", "members_links",
    [
        new("id", m => m.Id),
        new("name", m => m.Name ?? ""),
        new("operating_status", m => m.OperatingStatus),
        new("provisioning_status", m => m.ProvisioningStatus),
        new("admin_state_up", m => m.AdminStateUp),
        new("address", m => m.Address),
        new("protocol_port", m => m.ProtocolPort),
        new("weight", m => m.Weight),
        new("backup", m => m.Backup),
        new("subnet_id", m => m.SubnetId),
        new("project_id", m => m.ProjectId),
        new("created_at", m => m.CreatedAt),
        new("updated_at", m => m.UpdatedAt),
        new("monitor_address", m => m.MonitorAddress),
        new("monitor_port", m => m.MonitorPort),
        new("tags", m => m.Tags),
        new("tenant_id", m => m.ProjectId),
    ]);
}
