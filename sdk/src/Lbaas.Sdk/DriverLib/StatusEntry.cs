namespace Lbaas.Sdk.V1;

/// <summary>Reports the new status of one object; a <see langword="null"/> status leaves that status as it is.</summary>
/// <param name="Id">The object's ID.</param>
/// <param name="ProvisioningStatus">The new provisioning status, if it changed.</param>
/// <param name="OperatingStatus">The new operating status, if it changed.</param>
public sealed record StatusEntry(Guid Id, ProvisioningStatus? ProvisioningStatus = null, OperatingStatus? OperatingStatus = null);
