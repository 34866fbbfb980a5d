using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps capabilities, contract versions and metadata between the C# contract and the wire.</summary>
public static class CapabilitiesMapping
{
    /// <summary>Converts a contract version to its wire form.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The wire message.</returns>
    public static P.ContractVersion ToProto(this ContractVersion version) =>
        new() { Major = version.Major, Minor = version.Minor };

    /// <summary>Converts a wire contract version to the contract value.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The version.</returns>
    public static ContractVersion ToContract(this P.ContractVersion message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ContractVersion(message.Major, message.Minor);
    }

    /// <summary>Converts capabilities to their wire form.</summary>
    /// <param name="capabilities">The capabilities.</param>
    /// <returns>The wire message.</returns>
    public static P.Capabilities ToProto(this Capabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return new P.Capabilities
        {
            ContractVersion = capabilities.ContractVersion.ToProto(),
            ListenerProtocols = { capabilities.ListenerProtocols.Select(WireFormat.FromEnum) },
            PoolProtocols = { capabilities.PoolProtocols.Select(WireFormat.FromEnum) },
            Algorithms = { capabilities.Algorithms.Select(WireFormat.FromEnum) },
            SessionPersistenceTypes = { capabilities.SessionPersistenceTypes.Select(WireFormat.FromEnum) },
            HealthMonitorTypes = { capabilities.HealthMonitorTypes.Select(WireFormat.FromEnum) },
            L7RuleTypes = { capabilities.L7RuleTypes.Select(WireFormat.FromEnum) },
            Topologies = { capabilities.Topologies.Select(WireFormat.FromEnum) },
            Features = { capabilities.Features },
        };
    }

    /// <summary>Converts wire capabilities to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static Capabilities ToContract(this P.Capabilities message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Capabilities
        {
            ContractVersion = WireFormat.Required(message.ContractVersion, "capabilities.contract_version").ToContract(),
            ListenerProtocols = Parse<Protocol>(message.ListenerProtocols, "capabilities.listener_protocols"),
            PoolProtocols = Parse<Protocol>(message.PoolProtocols, "capabilities.pool_protocols"),
            Algorithms = Parse<LoadBalancingAlgorithm>(message.Algorithms, "capabilities.algorithms"),
            SessionPersistenceTypes = Parse<SessionPersistenceType>(
                message.SessionPersistenceTypes, "capabilities.session_persistence_types"),
            HealthMonitorTypes = Parse<HealthMonitorType>(message.HealthMonitorTypes, "capabilities.health_monitor_types"),
            L7RuleTypes = Parse<L7RuleType>(message.L7RuleTypes, "capabilities.l7_rule_types"),
            Topologies = Parse<Topology>(message.Topologies, "capabilities.topologies"),
            Features = message.Features.ToArray(),
        };
    }

    /// <summary>Converts a metadata key to its wire form.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The wire message.</returns>
    public static P.MetadataKey ToProto(this MetadataKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new P.MetadataKey { Name = key.Name, Description = key.Description };
    }

    /// <summary>Converts a wire metadata key to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    public static MetadataKey ToContract(this P.MetadataKey message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MetadataKey(message.Name, message.Description);
    }

    /// <summary>Converts a metadata validation request to the wire form of ValidateFlavor.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.ValidateFlavorRequest ToFlavorProto(this ValidateMetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new P.ValidateFlavorRequest();
        WireFormat.CopyMetadata(request.Metadata, message.Metadata);
        return message;
    }

    /// <summary>Converts a metadata validation request to the wire form of ValidateAvailabilityZone.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.ValidateAvailabilityZoneRequest ToAvailabilityZoneProto(this ValidateMetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new P.ValidateAvailabilityZoneRequest();
        WireFormat.CopyMetadata(request.Metadata, message.Metadata);
        return message;
    }

    /// <summary>Converts a wire ValidateFlavor request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A metadata value is not JSON.</exception>
    public static ValidateMetadataRequest ToContract(this P.ValidateFlavorRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ValidateMetadataRequest { Metadata = WireFormat.ToMetadata(message.Metadata, "metadata") };
    }

    /// <summary>Converts a wire ValidateAvailabilityZone request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A metadata value is not JSON.</exception>
    public static ValidateMetadataRequest ToContract(this P.ValidateAvailabilityZoneRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ValidateMetadataRequest { Metadata = WireFormat.ToMetadata(message.Metadata, "metadata") };
    }

    private static TEnum[] Parse<TEnum>(IEnumerable<string> names, string field)
        where TEnum : struct, Enum => names.Select(n => WireFormat.ToEnum<TEnum>(n, field)).ToArray();
}
