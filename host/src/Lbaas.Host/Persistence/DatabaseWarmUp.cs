using System.Diagnostics;
using Lbaas.Host.Api;
using Lbaas.Host.Persistence.Catalog;
using Lbaas.Host.Status;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Persistence;

/// <summary>
/// Runs the database work of a request once at startup, so the first requests do not pay for it.
/// </summary>
/// <remarks>
/// EF Core builds its change-tracking and update machinery per entity type, and compiles each query shape, the first
/// time they are used: about 150 ms for the first save of a load balancer on a 2-core machine. This inserts, updates
/// and deletes a whole load-balancer graph (with its port, address and quota) inside a transaction that is always
/// rolled back, then applies a status report for the same ids, which matches no row. Nothing is left in the database.
/// </remarks>
public static partial class DatabaseWarmUp
{
    /// <summary>The project the rolled-back rows belong to.</summary>
    public const string ProjectId = "lbaas-warm-up";

    /// <summary>Runs the warm-up.</summary>
    /// <param name="services">A scope's services: the context, the quota checker and the status applier.</param>
    /// <param name="logger">Where the elapsed time goes.</param>
    /// <param name="cancellationToken">Cancels the warm-up.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var db = services.GetRequiredService<LbaasDbContext>();
        var graph = Graph.Create(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await services.GetRequiredService<IQuotaChecker>().CheckAndReserveAsync(db, ProjectId,
                new QuotaDemand { LoadBalancers = 1, Listeners = 1, Pools = 1, Members = 1, HealthMonitors = 1, L7Policies = 1, L7Rules = 1 },
                cancellationToken);
            graph.AddTo(db);
            await db.SaveChangesAsync(cancellationToken);
            graph.Touch();
            await db.SaveChangesAsync(cancellationToken);
            graph.RemoveFrom(db);
            await db.SaveChangesAsync(cancellationToken);
            await tx.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        await services.GetRequiredService<StatusTreeApplier>().ApplyAsync(graph.ActiveReport(), cancellationToken);
        Log.WarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private sealed record Graph(
        LoadBalancerEntity LoadBalancer, ListenerEntity Listener, PoolEntity Pool, MemberEntity Member, HealthMonitorEntity Monitor,
        L7PolicyEntity Policy, L7RuleEntity Rule, ListenerStatisticsEntity Statistics, PortEntity Port)
    {
        public static Graph Create(DateTime now)
        {
            var lb = new LoadBalancerEntity { Id = Guid.NewGuid(), ProjectId = ProjectId, Provider = "noop", CreatedAt = now };
            var listener = new ListenerEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                ProjectId = ProjectId,
                Protocol = "HTTP",
                ProtocolPort = 80,
                CreatedAt = now,
            };
            var pool = new PoolEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                ProjectId = ProjectId,
                Protocol = "HTTP",
                LbAlgorithm = "ROUND_ROBIN",
                CreatedAt = now,
            };
            var member = new MemberEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                PoolId = pool.Id,
                ProjectId = ProjectId,
                Address = "127.0.0.1",
                ProtocolPort = 80,
                CreatedAt = now,
            };
            var monitor = new HealthMonitorEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                PoolId = pool.Id,
                ProjectId = ProjectId,
                Type = "HTTP",
                CreatedAt = now,
            };
            var policy = new L7PolicyEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                ListenerId = listener.Id,
                ProjectId = ProjectId,
                Action = "REJECT",
                CreatedAt = now,
            };
            var rule = new L7RuleEntity
            {
                Id = Guid.NewGuid(),
                LoadBalancerId = lb.Id,
                L7PolicyId = policy.Id,
                ProjectId = ProjectId,
                Type = "PATH",
                CompareType = "STARTS_WITH",
                Value = "/",
                CreatedAt = now,
            };
            var statistics = new ListenerStatisticsEntity { ListenerId = listener.Id, LoadBalancerId = lb.Id };
            var portId = Guid.NewGuid();
            var port = new PortEntity
            {
                Id = portId,
                NetworkId = Guid.NewGuid(),
                ProjectId = ProjectId,
                CreatedAt = now,
                FixedIps = [new IpAllocationEntity { Id = Guid.NewGuid(), PortId = portId, SubnetId = Guid.NewGuid(), IpAddress = "127.0.0.1" }],
            };
            lb.VipPortId = portId;
            lb.AdditionalVips = [new AdditionalVipEntity { LoadBalancerId = lb.Id, SubnetId = Guid.NewGuid(), IpAddress = "127.0.0.2" }];
            return new Graph(lb, listener, pool, member, monitor, policy, rule, statistics, port);
        }

        public void AddTo(LbaasDbContext db)
        {
            db.Ports.Add(Port);
            db.LoadBalancers.Add(LoadBalancer);
            db.Listeners.Add(Listener);
            db.Pools.Add(Pool);
            db.Members.Add(Member);
            db.HealthMonitors.Add(Monitor);
            db.L7Policies.Add(Policy);
            db.L7Rules.Add(Rule);
            db.ListenerStatistics.Add(Statistics);
        }

        public void Touch()
        {
            ProvisionedEntity[] all = [LoadBalancer, Listener, Pool, Member, Monitor, Policy, Rule];
            foreach (var entity in all)
            {
                entity.ProvisioningStatus = ProvisioningStatuses.Active;
                entity.OperatingStatus = OperatingStatuses.Online;
            }

            Listener.DefaultPoolId = Pool.Id;
            Statistics.BytesIn = 1;
        }

        public void RemoveFrom(LbaasDbContext db)
        {
            db.ListenerStatistics.Remove(Statistics);
            db.L7Rules.Remove(Rule);
            db.L7Policies.Remove(Policy);
            db.HealthMonitors.Remove(Monitor);
            db.Members.Remove(Member);
            Listener.DefaultPoolId = null;
            db.Listeners.Remove(Listener);
            db.Pools.Remove(Pool);
            db.LoadBalancers.Remove(LoadBalancer);
            db.Ports.Remove(Port);
        }

        public StatusUpdate ActiveReport() => new()
        {
            LoadBalancers = [Entry(LoadBalancer.Id)],
            Listeners = [Entry(Listener.Id)],
            Pools = [Entry(Pool.Id)],
            Members = [Entry(Member.Id)],
            HealthMonitors = [Entry(Monitor.Id)],
            L7Policies = [Entry(Policy.Id)],
            L7Rules = [Entry(Rule.Id)],
        };

        private static StatusEntry Entry(Guid id) => new(id, ProvisioningStatus.Active, OperatingStatus.Online);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1403, Level = LogLevel.Information,
            Message = "Warmed the database paths in {ElapsedMs:F0} ms (rolled back; nothing was written).")]
        public static partial void WarmedUp(ILogger logger, double elapsedMs);
    }
}
