using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps health monitors and their requests between the C# contract and the wire.</summary>
public static class HealthMonitorMapping
{
    /// <summary>Converts a health monitor to its wire form.</summary>
    /// <param name="monitor">The health monitor.</param>
    /// <returns>The wire message.</returns>
    public static P.HealthMonitor ToProto(this HealthMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var message = new P.HealthMonitor
        {
            Id = WireFormat.FromId(monitor.Id),
            PoolId = WireFormat.FromId(monitor.PoolId),
            ProjectId = monitor.ProjectId,
            AdminStateUp = monitor.AdminStateUp,
            Type = WireFormat.FromEnum(monitor.Type),
            Delay = monitor.Delay,
            Timeout = monitor.Timeout,
            MaxRetries = monitor.MaxRetries,
            MaxRetriesDown = monitor.MaxRetriesDown,
        };
        if (monitor.Name is not null) { message.Name = monitor.Name; }
        if (monitor.HttpMethod is not null) { message.HttpMethod = monitor.HttpMethod; }
        if (monitor.UrlPath is not null) { message.UrlPath = monitor.UrlPath; }
        if (monitor.ExpectedCodes is not null) { message.ExpectedCodes = monitor.ExpectedCodes; }
        if (monitor.HttpVersion is { } httpVersion) { message.HttpVersion = httpVersion; }
        if (monitor.DomainName is not null) { message.DomainName = monitor.DomainName; }
        return message;
    }

    /// <summary>Converts a wire health monitor to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static HealthMonitor ToContract(this P.HealthMonitor message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new HealthMonitor
        {
            Id = WireFormat.ToId(message.Id, "health_monitor.id"),
            PoolId = WireFormat.ToId(message.PoolId, "health_monitor.pool_id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Type = WireFormat.ToEnum<HealthMonitorType>(message.Type, "health_monitor.type"),
            Delay = message.Delay,
            Timeout = message.Timeout,
            MaxRetries = message.MaxRetries,
            MaxRetriesDown = message.HasMaxRetriesDown ? message.MaxRetriesDown : 3,
            HttpMethod = message.HasHttpMethod ? message.HttpMethod : null,
            UrlPath = message.HasUrlPath ? message.UrlPath : null,
            ExpectedCodes = message.HasExpectedCodes ? message.ExpectedCodes : null,
            HttpVersion = message.HasHttpVersion ? message.HttpVersion : null,
            DomainName = message.HasDomainName ? message.DomainName : null,
        };
    }

    /// <summary>Converts a create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateHealthMonitorRequest ToProto(this CreateHealthMonitorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateHealthMonitorRequest { HealthMonitor = request.HealthMonitor.ToProto() };
    }

    /// <summary>Converts a wire create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateHealthMonitorRequest ToContract(this P.CreateHealthMonitorRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateHealthMonitorRequest
        {
            HealthMonitor = WireFormat.Required(message.HealthMonitor, "health_monitor").ToContract(),
        };
    }

    /// <summary>Converts a sparse update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateHealthMonitorRequest ToProto(this UpdateHealthMonitorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateHealthMonitorRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            Delay = OptionalMapping.FromInt32(request.Delay),
            Timeout = OptionalMapping.FromInt32(request.Timeout),
            MaxRetries = OptionalMapping.FromInt32(request.MaxRetries),
            MaxRetriesDown = OptionalMapping.FromInt32(request.MaxRetriesDown),
            HttpMethod = OptionalMapping.FromNullableString(request.HttpMethod),
            UrlPath = OptionalMapping.FromNullableString(request.UrlPath),
            ExpectedCodes = OptionalMapping.FromNullableString(request.ExpectedCodes),
            HttpVersion = OptionalMapping.FromNullableDouble(request.HttpVersion),
            DomainName = OptionalMapping.FromNullableString(request.DomainName),
        };
    }

    /// <summary>Converts a wire sparse update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateHealthMonitorRequest ToContract(this P.UpdateHealthMonitorRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateHealthMonitorRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            Delay = OptionalMapping.ToInt32(message.Delay, "delay"),
            Timeout = OptionalMapping.ToInt32(message.Timeout, "timeout"),
            MaxRetries = OptionalMapping.ToInt32(message.MaxRetries, "max_retries"),
            MaxRetriesDown = OptionalMapping.ToInt32(message.MaxRetriesDown, "max_retries_down"),
            HttpMethod = OptionalMapping.ToNullableString(message.HttpMethod),
            UrlPath = OptionalMapping.ToNullableString(message.UrlPath),
            ExpectedCodes = OptionalMapping.ToNullableString(message.ExpectedCodes),
            HttpVersion = OptionalMapping.ToNullableDouble(message.HttpVersion),
            DomainName = OptionalMapping.ToNullableString(message.DomainName),
        };
    }

    /// <summary>Converts a delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteHealthMonitorRequest ToProto(this DeleteHealthMonitorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteHealthMonitorRequest { HealthMonitor = request.HealthMonitor.ToProto() };
    }

    /// <summary>Converts a wire delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteHealthMonitorRequest ToContract(this P.DeleteHealthMonitorRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteHealthMonitorRequest
        {
            HealthMonitor = WireFormat.Required(message.HealthMonitor, "health_monitor").ToContract(),
        };
    }
}
