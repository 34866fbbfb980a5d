using Lbaas.Host.Persistence;

namespace Lbaas.Host.Api;

/// <summary>Allows everything; used until a quota implementation is registered.</summary>
public sealed class UnlimitedQuotaChecker : IQuotaChecker
{
    public Task CheckAndReserveAsync(LbaasDbContext db, string projectId, QuotaDemand demand, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task ReleaseAsync(LbaasDbContext db, string projectId, QuotaDemand released, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
