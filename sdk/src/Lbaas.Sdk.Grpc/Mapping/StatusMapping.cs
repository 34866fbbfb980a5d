using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps status updates and listener statistics between the C# contract and the wire.</summary>
public static class StatusMapping
{
    /// <summary>Converts a status entry to its wire form.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The wire message.</returns>
    public static P.StatusEntry ToProto(this StatusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var message = new P.StatusEntry { Id = WireFormat.FromId(entry.Id) };
        if (entry.ProvisioningStatus is { } provisioning) { message.ProvisioningStatus = WireFormat.FromEnum(provisioning); }
        if (entry.OperatingStatus is { } operating) { message.OperatingStatus = WireFormat.FromEnum(operating); }
        return message;
    }

    /// <summary>Converts a wire status entry to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static StatusEntry ToContract(this P.StatusEntry message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new StatusEntry(
            WireFormat.ToId(message.Id, "status_entry.id"),
            message.HasProvisioningStatus
                ? WireFormat.ToEnum<ProvisioningStatus>(message.ProvisioningStatus, "status_entry.provisioning_status")
                : null,
            message.HasOperatingStatus
                ? WireFormat.ToEnum<OperatingStatus>(message.OperatingStatus, "status_entry.operating_status")
                : null);
    }

    /// <summary>Converts a status update to its wire form.</summary>
    /// <param name="update">The update.</param>
    /// <returns>The wire message.</returns>
    public static P.StatusUpdate ToProto(this StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new P.StatusUpdate
        {
            LoadBalancers = { update.LoadBalancers.Select(e => e.ToProto()) },
            Listeners = { update.Listeners.Select(e => e.ToProto()) },
            Pools = { update.Pools.Select(e => e.ToProto()) },
            Members = { update.Members.Select(e => e.ToProto()) },
            HealthMonitors = { update.HealthMonitors.Select(e => e.ToProto()) },
            L7Policies = { update.L7Policies.Select(e => e.ToProto()) },
            L7Rules = { update.L7Rules.Select(e => e.ToProto()) },
        };
    }

    /// <summary>Converts a wire status update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static StatusUpdate ToContract(this P.StatusUpdate message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new StatusUpdate
        {
            LoadBalancers = message.LoadBalancers.Select(e => e.ToContract()).ToArray(),
            Listeners = message.Listeners.Select(e => e.ToContract()).ToArray(),
            Pools = message.Pools.Select(e => e.ToContract()).ToArray(),
            Members = message.Members.Select(e => e.ToContract()).ToArray(),
            HealthMonitors = message.HealthMonitors.Select(e => e.ToContract()).ToArray(),
            L7Policies = message.L7Policies.Select(e => e.ToContract()).ToArray(),
            L7Rules = message.L7Rules.Select(e => e.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts listener counters to their wire form.</summary>
    /// <param name="statistics">The counters.</param>
    /// <returns>The wire message.</returns>
    public static P.ListenerStatistics ToProto(this ListenerStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new P.ListenerStatistics
        {
            ListenerId = WireFormat.FromId(statistics.ListenerId),
            ActiveConnections = statistics.ActiveConnections,
            BytesIn = statistics.BytesIn,
            BytesOut = statistics.BytesOut,
            RequestErrors = statistics.RequestErrors,
            TotalConnections = statistics.TotalConnections,
        };
    }

    /// <summary>Converts wire listener counters to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static ListenerStatistics ToContract(this P.ListenerStatistics message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ListenerStatistics
        {
            ListenerId = WireFormat.ToId(message.ListenerId, "listener_statistics.listener_id"),
            ActiveConnections = message.ActiveConnections,
            BytesIn = message.BytesIn,
            BytesOut = message.BytesOut,
            RequestErrors = message.RequestErrors,
            TotalConnections = message.TotalConnections,
        };
    }
}
