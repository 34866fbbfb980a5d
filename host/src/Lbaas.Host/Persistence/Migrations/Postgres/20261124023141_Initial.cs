using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lbaas.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "availability_zone_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AvailabilityZoneData = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_availability_zone_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "flavor_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FlavorData = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flavor_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "listener_statistics",
                columns: table => new
                {
                    ListenerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveConnections = table.Column<long>(type: "bigint", nullable: false),
                    BytesIn = table.Column<long>(type: "bigint", nullable: false),
                    BytesOut = table.Column<long>(type: "bigint", nullable: false),
                    RequestErrors = table.Column<long>(type: "bigint", nullable: false),
                    TotalConnections = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listener_statistics", x => x.ListenerId);
                });

            migrationBuilder.CreateTable(
                name: "load_balancers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Provider = table.Column<string>(type: "text", nullable: false),
                    FlavorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AvailabilityZone = table.Column<string>(type: "text", nullable: true),
                    Topology = table.Column<string>(type: "text", nullable: true),
                    FlavorMetadata = table.Column<string>(type: "text", nullable: false),
                    AvailabilityZoneMetadata = table.Column<string>(type: "text", nullable: false),
                    VipAddress = table.Column<string>(type: "text", nullable: true),
                    VipPortId = table.Column<Guid>(type: "uuid", nullable: true),
                    VipSubnetId = table.Column<Guid>(type: "uuid", nullable: true),
                    VipNetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    VipQosPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    VipPortOwnedByHost = table.Column<bool>(type: "boolean", nullable: false),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_load_balancers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_ports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<string>(type: "text", nullable: true),
                    MacAddress = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeviceOwner = table.Column<string>(type: "text", nullable: true),
                    DeviceId = table.Column<string>(type: "text", nullable: true),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    SecurityGroupIds = table.Column<string>(type: "text", nullable: false),
                    QosPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_ports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_security_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ProjectId = table.Column<string>(type: "text", nullable: true),
                    Rules = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_security_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quotas",
                columns: table => new
                {
                    ProjectId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    LoadBalancer = table.Column<int>(type: "integer", nullable: true),
                    Listener = table.Column<int>(type: "integer", nullable: true),
                    Pool = table.Column<int>(type: "integer", nullable: true),
                    HealthMonitor = table.Column<int>(type: "integer", nullable: true),
                    Member = table.Column<int>(type: "integer", nullable: true),
                    L7Policy = table.Column<int>(type: "integer", nullable: true),
                    L7Rule = table.Column<int>(type: "integer", nullable: true),
                    InUseLoadBalancer = table.Column<int>(type: "integer", nullable: false),
                    InUseListener = table.Column<int>(type: "integer", nullable: false),
                    InUsePool = table.Column<int>(type: "integer", nullable: false),
                    InUseHealthMonitor = table.Column<int>(type: "integer", nullable: false),
                    InUseMember = table.Column<int>(type: "integer", nullable: false),
                    InUseL7Policy = table.Column<int>(type: "integer", nullable: false),
                    InUseL7Rule = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quotas", x => x.ProjectId);
                });

            migrationBuilder.CreateTable(
                name: "availability_zones",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    AvailabilityZoneProfileId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_availability_zones", x => x.Name);
                    table.ForeignKey(
                        name: "FK_availability_zones_availability_zone_profiles_AvailabilityZ~",
                        column: x => x.AvailabilityZoneProfileId,
                        principalTable: "availability_zone_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flavors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    FlavorProfileId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flavors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_flavors_flavor_profiles_FlavorProfileId",
                        column: x => x.FlavorProfileId,
                        principalTable: "flavor_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "additional_vips",
                columns: table => new
                {
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubnetId = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    PortId = table.Column<Guid>(type: "uuid", nullable: true),
                    IpAddress = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_additional_vips", x => new { x.LoadBalancerId, x.SubnetId });
                    table.ForeignKey(
                        name: "FK_additional_vips_load_balancers_LoadBalancerId",
                        column: x => x.LoadBalancerId,
                        principalTable: "load_balancers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Protocol = table.Column<string>(type: "text", nullable: false),
                    LbAlgorithm = table.Column<string>(type: "text", nullable: false),
                    SessionPersistenceType = table.Column<string>(type: "text", nullable: true),
                    SessionPersistenceCookieName = table.Column<string>(type: "text", nullable: true),
                    SessionPersistenceTimeout = table.Column<int>(type: "integer", nullable: true),
                    SessionPersistenceGranularity = table.Column<string>(type: "text", nullable: true),
                    TlsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    TlsContainerRef = table.Column<string>(type: "text", nullable: true),
                    CaTlsContainerRef = table.Column<string>(type: "text", nullable: true),
                    CrlContainerRef = table.Column<string>(type: "text", nullable: true),
                    TlsCiphers = table.Column<string>(type: "text", nullable: true),
                    TlsVersions = table.Column<List<string>>(type: "text[]", nullable: false),
                    AlpnProtocols = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pools_load_balancers_LoadBalancerId",
                        column: x => x.LoadBalancerId,
                        principalTable: "load_balancers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "network_ip_allocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PortId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubnetId = table.Column<Guid>(type: "uuid", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_ip_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_ip_allocations_network_ports_PortId",
                        column: x => x.PortId,
                        principalTable: "network_ports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "health_monitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Delay = table.Column<int>(type: "integer", nullable: false),
                    Timeout = table.Column<int>(type: "integer", nullable: false),
                    MaxRetries = table.Column<int>(type: "integer", nullable: false),
                    MaxRetriesDown = table.Column<int>(type: "integer", nullable: false),
                    HttpMethod = table.Column<string>(type: "text", nullable: true),
                    UrlPath = table.Column<string>(type: "text", nullable: true),
                    ExpectedCodes = table.Column<string>(type: "text", nullable: true),
                    HttpVersion = table.Column<double>(type: "double precision", nullable: true),
                    DomainName = table.Column<string>(type: "text", nullable: true),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_health_monitors_pools_PoolId",
                        column: x => x.PoolId,
                        principalTable: "pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "listeners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Protocol = table.Column<string>(type: "text", nullable: false),
                    ProtocolPort = table.Column<int>(type: "integer", nullable: false),
                    ConnectionLimit = table.Column<int>(type: "integer", nullable: false),
                    DefaultPoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    DefaultTlsContainerRef = table.Column<string>(type: "text", nullable: true),
                    SniContainerRefs = table.Column<List<string>>(type: "text[]", nullable: false),
                    InsertHeaders = table.Column<string>(type: "text", nullable: false),
                    TimeoutClientData = table.Column<int>(type: "integer", nullable: false),
                    TimeoutMemberConnect = table.Column<int>(type: "integer", nullable: false),
                    TimeoutMemberData = table.Column<int>(type: "integer", nullable: false),
                    TimeoutTcpInspect = table.Column<int>(type: "integer", nullable: false),
                    ClientCaTlsContainerRef = table.Column<string>(type: "text", nullable: true),
                    ClientAuthentication = table.Column<string>(type: "text", nullable: false),
                    ClientCrlContainerRef = table.Column<string>(type: "text", nullable: true),
                    AllowedCidrs = table.Column<List<string>>(type: "text[]", nullable: false),
                    TlsCiphers = table.Column<string>(type: "text", nullable: true),
                    TlsVersions = table.Column<List<string>>(type: "text[]", nullable: false),
                    AlpnProtocols = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listeners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_listeners_load_balancers_LoadBalancerId",
                        column: x => x.LoadBalancerId,
                        principalTable: "load_balancers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_listeners_pools_DefaultPoolId",
                        column: x => x.DefaultPoolId,
                        principalTable: "pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: false),
                    ProtocolPort = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Backup = table.Column<bool>(type: "boolean", nullable: false),
                    SubnetId = table.Column<Guid>(type: "uuid", nullable: true),
                    MonitorAddress = table.Column<string>(type: "text", nullable: true),
                    MonitorPort = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_pools_PoolId",
                        column: x => x.PoolId,
                        principalTable: "pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "l7_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ListenerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    RedirectPoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    RedirectUrl = table.Column<string>(type: "text", nullable: true),
                    RedirectPrefix = table.Column<string>(type: "text", nullable: true),
                    RedirectHttpCode = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_l7_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_l7_policies_listeners_ListenerId",
                        column: x => x.ListenerId,
                        principalTable: "listeners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_l7_policies_pools_RedirectPoolId",
                        column: x => x.RedirectPoolId,
                        principalTable: "pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "l7_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoadBalancerId = table.Column<Guid>(type: "uuid", nullable: false),
                    L7PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    CompareType = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: true),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Invert = table.Column<bool>(type: "boolean", nullable: false),
                    ProjectId = table.Column<string>(type: "text", nullable: false),
                    AdminStateUp = table.Column<bool>(type: "boolean", nullable: false),
                    ProvisioningStatus = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "text", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_l7_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_l7_rules_l7_policies_L7PolicyId",
                        column: x => x.L7PolicyId,
                        principalTable: "l7_policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_availability_zones_AvailabilityZoneProfileId",
                table: "availability_zones",
                column: "AvailabilityZoneProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_flavors_FlavorProfileId",
                table: "flavors",
                column: "FlavorProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_flavors_Name",
                table: "flavors",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_health_monitors_LoadBalancerId",
                table: "health_monitors",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_health_monitors_PoolId",
                table: "health_monitors",
                column: "PoolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_l7_policies_ListenerId",
                table: "l7_policies",
                column: "ListenerId");

            migrationBuilder.CreateIndex(
                name: "IX_l7_policies_LoadBalancerId",
                table: "l7_policies",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_l7_policies_RedirectPoolId",
                table: "l7_policies",
                column: "RedirectPoolId");

            migrationBuilder.CreateIndex(
                name: "IX_l7_rules_L7PolicyId",
                table: "l7_rules",
                column: "L7PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_l7_rules_LoadBalancerId",
                table: "l7_rules",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_listener_statistics_LoadBalancerId",
                table: "listener_statistics",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_listeners_DefaultPoolId",
                table: "listeners",
                column: "DefaultPoolId");

            migrationBuilder.CreateIndex(
                name: "IX_listeners_LoadBalancerId",
                table: "listeners",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_load_balancers_ProjectId",
                table: "load_balancers",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_load_balancers_ProvisioningStatus",
                table: "load_balancers",
                column: "ProvisioningStatus");

            migrationBuilder.CreateIndex(
                name: "IX_members_LoadBalancerId",
                table: "members",
                column: "LoadBalancerId");

            migrationBuilder.CreateIndex(
                name: "IX_members_PoolId",
                table: "members",
                column: "PoolId");

            migrationBuilder.CreateIndex(
                name: "IX_network_ip_allocations_PortId",
                table: "network_ip_allocations",
                column: "PortId");

            migrationBuilder.CreateIndex(
                name: "IX_network_ip_allocations_SubnetId_IpAddress",
                table: "network_ip_allocations",
                columns: new[] { "SubnetId", "IpAddress" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_ports_DeviceId",
                table: "network_ports",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_network_ports_NetworkId",
                table: "network_ports",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_pools_LoadBalancerId",
                table: "pools",
                column: "LoadBalancerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "additional_vips");

            migrationBuilder.DropTable(
                name: "availability_zones");

            migrationBuilder.DropTable(
                name: "flavors");

            migrationBuilder.DropTable(
                name: "health_monitors");

            migrationBuilder.DropTable(
                name: "l7_rules");

            migrationBuilder.DropTable(
                name: "listener_statistics");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "network_ip_allocations");

            migrationBuilder.DropTable(
                name: "network_security_groups");

            migrationBuilder.DropTable(
                name: "quotas");

            migrationBuilder.DropTable(
                name: "availability_zone_profiles");

            migrationBuilder.DropTable(
                name: "flavor_profiles");

            migrationBuilder.DropTable(
                name: "l7_policies");

            migrationBuilder.DropTable(
                name: "network_ports");

            migrationBuilder.DropTable(
                name: "listeners");

            migrationBuilder.DropTable(
                name: "pools");

            migrationBuilder.DropTable(
                name: "load_balancers");
        }
    }
}
