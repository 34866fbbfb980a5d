using Microsoft.Extensions.Logging;

namespace Lbaas.Drivers.Noop;

/// <summary>Holds the driver's log messages.</summary>
public sealed partial class NoopProviderDriver
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Debug,
            Message = "Accepted {Operation} for load balancer '{LoadBalancerId}'.")]
        public static partial void OperationAccepted(ILogger logger, string operation, Guid loadBalancerId);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
            Message = "Injected fault '{FaultKey}' into {Operation} for load balancer '{LoadBalancerId}', as its flavor asks.")]
        public static partial void FaultInjected(ILogger logger, string faultKey, string operation, Guid loadBalancerId);

        [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
            Message = "Rebuilt load balancer '{LoadBalancerId}' from the host's records.")]
        public static partial void LoadBalancerRebuilt(ILogger logger, Guid loadBalancerId);

        [LoggerMessage(EventId = 1004, Level = LogLevel.Warning,
            Message = "Load balancer '{LoadBalancerId}' is unknown to the driver and to the host; going on without its flavor.")]
        public static partial void LoadBalancerUnknown(ILogger logger, Guid loadBalancerId);

        [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
            Message = "Created VIP port '{PortId}' for load balancer '{LoadBalancerId}'.")]
        public static partial void VipPortCreated(ILogger logger, Guid portId, Guid loadBalancerId);

        [LoggerMessage(EventId = 1006, Level = LogLevel.Information,
            Message = "Asked for the status of load balancer '{LoadBalancerId}', of which the driver has no record.")]
        public static partial void StatusQueryUnknown(ILogger logger, Guid loadBalancerId);
    }
}
