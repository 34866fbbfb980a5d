namespace Lbaas.Host.NetworkCatalog;

public sealed partial class NetworkCatalogClient
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
            Message = "Created port '{PortId}' with address {IpAddress} on subnet '{SubnetId}'.")]
        public static partial void PortCreated(ILogger logger, Guid portId, string ipAddress, Guid subnetId);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Deleted port '{PortId}'.")]
        public static partial void PortDeleted(ILogger logger, Guid portId);

        [LoggerMessage(EventId = 3103, Level = LogLevel.Debug,
            Message = "Address {IpAddress} on subnet '{SubnetId}' was taken by another host (attempt {Attempt}); retrying.")]
        public static partial void AllocationRaceLost(ILogger logger, Guid subnetId, string ipAddress, int attempt);
    }
}
