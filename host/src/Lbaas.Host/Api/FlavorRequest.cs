namespace Lbaas.Host.Api;

/// <summary>Describes what a load balancer create asked for: flavor, availability zone, provider.</summary>
/// <param name="FlavorId">The <c>flavor_id</c>, if any.</param>
/// <param name="AvailabilityZone">The <c>availability_zone</c> name, if any.</param>
/// <param name="Provider">The <c>provider</c>, if any.</param>
public sealed record FlavorRequest(Guid? FlavorId, string? AvailabilityZone, string? Provider);
