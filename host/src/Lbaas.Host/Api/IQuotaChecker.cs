using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api;

/// <summary>Enforces per-project quotas inside the request's transaction.</summary>
/// <remarks>
/// The host calls <see cref="CheckAndReserveAsync"/> inside the transaction that inserts the rows, and
/// <see cref="ReleaseAsync"/> inside the status applier's transaction when objects reach <c>DELETED</c>. The catalog's
/// implementation replaces <see cref="UnlimitedQuotaChecker"/> (the last registration wins).
/// </remarks>
public interface IQuotaChecker
{
    /// <summary>Checks that the project may create <paramref name="demand"/> more objects and reserves them.</summary>
    /// <exception cref="ApiException">403 <c>Quota has been met for resources: ...</c>.</exception>
    Task CheckAndReserveAsync(LbaasDbContext db, string projectId, QuotaDemand demand, CancellationToken cancellationToken);

    /// <summary>Gives back objects that were deleted.</summary>
    Task ReleaseAsync(LbaasDbContext db, string projectId, QuotaDemand released, CancellationToken cancellationToken);
}
