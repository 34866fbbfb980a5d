using System.Net;

namespace Lbaas.Sdk.V1;

/// <summary>Describes a change to a member; fields left unset keep their value.</summary>
public sealed record UpdateMemberRequest
{
    /// <summary>Gets the member as it is now.</summary>
    public required Member Current { get; init; }

    /// <summary>Gets the new name; a set <see langword="null"/> clears it.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Gets the new administrative state.</summary>
    public Optional<bool> AdminStateUp { get; init; }

    /// <summary>Gets the new weight.</summary>
    public Optional<int> Weight { get; init; }

    /// <summary>Gets whether the member is a backup.</summary>
    public Optional<bool> Backup { get; init; }

    /// <summary>Gets the new probe address; a set <see langword="null"/> probes the member address.</summary>
    public Optional<IPAddress?> MonitorAddress { get; init; }

    /// <summary>Gets the new probe port; a set <see langword="null"/> probes the member port.</summary>
    public Optional<int?> MonitorPort { get; init; }

    /// <summary>Returns <see cref="Current"/> with the set fields applied.</summary>
    /// <returns>The member as it will be.</returns>
    public Member Apply() => Current with
    {
        Name = Name.GetValueOrDefault(Current.Name),
        AdminStateUp = AdminStateUp.GetValueOrDefault(Current.AdminStateUp),
        Weight = Weight.GetValueOrDefault(Current.Weight),
        Backup = Backup.GetValueOrDefault(Current.Backup),
        MonitorAddress = MonitorAddress.GetValueOrDefault(Current.MonitorAddress),
        MonitorPort = MonitorPort.GetValueOrDefault(Current.MonitorPort),
    };
}
