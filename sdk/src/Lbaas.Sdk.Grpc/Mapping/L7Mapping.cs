using Lbaas.Sdk.V1;
using P = Lbaas.Provider.V1;

namespace Lbaas.Sdk.Grpc;

/// <summary>Maps L7 policies, L7 rules and their requests between the C# contract and the wire.</summary>
public static class L7Mapping
{
    /// <summary>Converts an L7 policy with its rules to its wire form.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The wire message.</returns>
    public static P.L7Policy ToProto(this L7Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var message = new P.L7Policy
        {
            Id = WireFormat.FromId(policy.Id),
            ListenerId = WireFormat.FromId(policy.ListenerId),
            ProjectId = policy.ProjectId,
            AdminStateUp = policy.AdminStateUp,
            Action = WireFormat.FromEnum(policy.Action),
            Position = policy.Position,
            Rules = { policy.Rules.Select(r => r.ToProto()) },
        };
        if (policy.Name is not null) { message.Name = policy.Name; }
        if (policy.Description is not null) { message.Description = policy.Description; }
        if (policy.RedirectPoolId is { } redirectPoolId) { message.RedirectPoolId = WireFormat.FromId(redirectPoolId); }
        if (policy.RedirectUrl is not null) { message.RedirectUrl = policy.RedirectUrl; }
        if (policy.RedirectPrefix is not null) { message.RedirectPrefix = policy.RedirectPrefix; }
        if (policy.RedirectHttpCode is { } redirectHttpCode) { message.RedirectHttpCode = redirectHttpCode; }
        return message;
    }

    /// <summary>Converts a wire L7 policy to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static L7Policy ToContract(this P.L7Policy message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new L7Policy
        {
            Id = WireFormat.ToId(message.Id, "l7_policy.id"),
            ListenerId = WireFormat.ToId(message.ListenerId, "l7_policy.listener_id"),
            ProjectId = message.ProjectId,
            Name = message.HasName ? message.Name : null,
            Description = message.HasDescription ? message.Description : null,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Action = WireFormat.ToEnum<L7PolicyAction>(message.Action, "l7_policy.action"),
            Position = message.HasPosition ? message.Position : 1,
            RedirectPoolId = WireFormat.ToNullableId(message.HasRedirectPoolId, message.RedirectPoolId, "l7_policy.redirect_pool_id"),
            RedirectUrl = message.HasRedirectUrl ? message.RedirectUrl : null,
            RedirectPrefix = message.HasRedirectPrefix ? message.RedirectPrefix : null,
            RedirectHttpCode = message.HasRedirectHttpCode ? message.RedirectHttpCode : null,
            Rules = message.Rules.Select(r => r.ToContract()).ToArray(),
        };
    }

    /// <summary>Converts an L7 rule to its wire form.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The wire message.</returns>
    public static P.L7Rule ToProto(this L7Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var message = new P.L7Rule
        {
            Id = WireFormat.FromId(rule.Id),
            L7PolicyId = WireFormat.FromId(rule.L7PolicyId),
            ProjectId = rule.ProjectId,
            AdminStateUp = rule.AdminStateUp,
            Type = WireFormat.FromEnum(rule.Type),
            CompareType = WireFormat.FromEnum(rule.CompareType),
            Value = rule.Value,
            Invert = rule.Invert,
        };
        if (rule.Key is not null) { message.Key = rule.Key; }
        return message;
    }

    /// <summary>Converts a wire L7 rule to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static L7Rule ToContract(this P.L7Rule message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new L7Rule
        {
            Id = WireFormat.ToId(message.Id, "l7_rule.id"),
            L7PolicyId = WireFormat.ToId(message.L7PolicyId, "l7_rule.l7_policy_id"),
            ProjectId = message.ProjectId,
            AdminStateUp = !message.HasAdminStateUp || message.AdminStateUp,
            Type = WireFormat.ToEnum<L7RuleType>(message.Type, "l7_rule.type"),
            CompareType = WireFormat.ToEnum<L7RuleCompareType>(message.CompareType, "l7_rule.compare_type"),
            Key = message.HasKey ? message.Key : null,
            Value = message.Value,
            Invert = message.Invert,
        };
    }

    /// <summary>Converts a policy create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateL7PolicyRequest ToProto(this CreateL7PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateL7PolicyRequest { L7Policy = request.L7Policy.ToProto() };
    }

    /// <summary>Converts a wire policy create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateL7PolicyRequest ToContract(this P.CreateL7PolicyRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateL7PolicyRequest { L7Policy = WireFormat.Required(message.L7Policy, "l7_policy").ToContract() };
    }

    /// <summary>Converts a sparse policy update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateL7PolicyRequest ToProto(this UpdateL7PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateL7PolicyRequest
        {
            Current = request.Current.ToProto(),
            Name = OptionalMapping.FromNullableString(request.Name),
            Description = OptionalMapping.FromNullableString(request.Description),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            Action = OptionalMapping.FromEnum(request.Action),
            Position = OptionalMapping.FromInt32(request.Position),
            RedirectPoolId = OptionalMapping.FromNullableId(request.RedirectPoolId),
            RedirectUrl = OptionalMapping.FromNullableString(request.RedirectUrl),
            RedirectPrefix = OptionalMapping.FromNullableString(request.RedirectPrefix),
            RedirectHttpCode = OptionalMapping.FromNullableInt32(request.RedirectHttpCode),
        };
    }

    /// <summary>Converts a wire sparse policy update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateL7PolicyRequest ToContract(this P.UpdateL7PolicyRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateL7PolicyRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            Name = OptionalMapping.ToNullableString(message.Name),
            Description = OptionalMapping.ToNullableString(message.Description),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            Action = OptionalMapping.ToEnum<L7PolicyAction>(message.Action, "action"),
            Position = OptionalMapping.ToInt32(message.Position, "position"),
            RedirectPoolId = OptionalMapping.ToNullableId(message.RedirectPoolId, "redirect_pool_id"),
            RedirectUrl = OptionalMapping.ToNullableString(message.RedirectUrl),
            RedirectPrefix = OptionalMapping.ToNullableString(message.RedirectPrefix),
            RedirectHttpCode = OptionalMapping.ToNullableInt32(message.RedirectHttpCode),
        };
    }

    /// <summary>Converts a policy delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteL7PolicyRequest ToProto(this DeleteL7PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteL7PolicyRequest { L7Policy = request.L7Policy.ToProto() };
    }

    /// <summary>Converts a wire policy delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteL7PolicyRequest ToContract(this P.DeleteL7PolicyRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteL7PolicyRequest { L7Policy = WireFormat.Required(message.L7Policy, "l7_policy").ToContract() };
    }

    /// <summary>Converts a rule create request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.CreateL7RuleRequest ToProto(this CreateL7RuleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.CreateL7RuleRequest { L7Rule = request.L7Rule.ToProto() };
    }

    /// <summary>Converts a wire rule create request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static CreateL7RuleRequest ToContract(this P.CreateL7RuleRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CreateL7RuleRequest { L7Rule = WireFormat.Required(message.L7Rule, "l7_rule").ToContract() };
    }

    /// <summary>Converts a sparse rule update to its wire form, keeping unset, null and value apart.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.UpdateL7RuleRequest ToProto(this UpdateL7RuleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.UpdateL7RuleRequest
        {
            Current = request.Current.ToProto(),
            AdminStateUp = OptionalMapping.FromBool(request.AdminStateUp),
            Type = OptionalMapping.FromEnum(request.Type),
            CompareType = OptionalMapping.FromEnum(request.CompareType),
            Key = OptionalMapping.FromNullableString(request.Key),
            Value = OptionalMapping.FromRequiredString(request.Value),
            Invert = OptionalMapping.FromBool(request.Invert),
        };
    }

    /// <summary>Converts a wire sparse rule update to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static UpdateL7RuleRequest ToContract(this P.UpdateL7RuleRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new UpdateL7RuleRequest
        {
            Current = WireFormat.Required(message.Current, "current").ToContract(),
            AdminStateUp = OptionalMapping.ToBool(message.AdminStateUp),
            Type = OptionalMapping.ToEnum<L7RuleType>(message.Type, "type"),
            CompareType = OptionalMapping.ToEnum<L7RuleCompareType>(message.CompareType, "compare_type"),
            Key = OptionalMapping.ToNullableString(message.Key),
            Value = OptionalMapping.ToRequiredString(message.Value, "value"),
            Invert = OptionalMapping.ToBool(message.Invert),
        };
    }

    /// <summary>Converts a rule delete request to its wire form.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire message.</returns>
    public static P.DeleteL7RuleRequest ToProto(this DeleteL7RuleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new P.DeleteL7RuleRequest { L7Rule = request.L7Rule.ToProto() };
    }

    /// <summary>Converts a wire rule delete request to the contract record.</summary>
    /// <param name="message">The wire message.</param>
    /// <returns>The contract record.</returns>
    /// <exception cref="FormatException">A field is malformed.</exception>
    public static DeleteL7RuleRequest ToContract(this P.DeleteL7RuleRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DeleteL7RuleRequest { L7Rule = WireFormat.Required(message.L7Rule, "l7_rule").ToContract() };
    }
}
