using Lbaas.Host.Persistence;
using Lbaas.Host.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.Quotas;

/// <summary>Enforces per-project quotas on the project's quota row, locked for the request's transaction.</summary>
/// <remarks>
/// On PostgreSQL the row is read with <c>SELECT … FOR UPDATE</c>, so concurrent creates in one project queue on it; on
/// SQLite the writing transaction is serialised by the database itself. Usage is counted in the row: reserved here and
/// given back by <see cref="ReleaseAsync"/> when objects reach DELETED. The first check inserts the project's row with
/// every limit at its default, as Octavia does. A reservation is saved with the caller's rows; a release is saved at once,
/// inside the status applier's transaction.
/// </remarks>
public sealed class CatalogQuotaChecker(IOptions<QuotaOptions> options) : IQuotaChecker
{
    /// <inheritdoc />
    public async Task CheckAndReserveAsync(LbaasDbContext db, string projectId, QuotaDemand demand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demand);
        if (demand.IsEmpty)
        {
            return;
        }

        var quota = await LockAsync(db, projectId, cancellationToken);
        var exceeded = new List<string>();
        foreach (var kind in QuotaKind.All)
        {
            var wanted = kind.Demand(demand);
            var limit = kind.GetLimit(quota) ?? kind.Default(options.Value);
            if (wanted > 0 && limit != -1 && kind.GetInUse(quota) + wanted > limit)
            {
                exceeded.Add(kind.ResourceName);
            }
        }

        if (exceeded.Count > 0)
        {
            throw ApiException.Forbidden($"Quota has been met for resources: {string.Join(", ", exceeded)}");
        }

        foreach (var kind in QuotaKind.All)
        {
            kind.SetInUse(quota, kind.GetInUse(quota) + kind.Demand(demand));
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(LbaasDbContext db, string projectId, QuotaDemand released, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(released);
        if (released.IsEmpty)
        {
            return;
        }

        var quota = await LockAsync(db, projectId, cancellationToken);
        foreach (var kind in QuotaKind.All)
        {
            kind.SetInUse(quota, Math.Max(0, kind.GetInUse(quota) - kind.Demand(released)));
        }

        // The status applier may have saved its rows already; this keeps the release in its transaction either way.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<QuotaEntity> LockAsync(LbaasDbContext db, string projectId, CancellationToken cancellationToken)
    {
        var tracked = db.Quotas.Local.FirstOrDefault(q => q.ProjectId == projectId);
        if (tracked is not null)
        {
            return tracked;
        }

        QuotaEntity? quota;
        if (db.Database.IsNpgsql())
        {
            var entity = db.Model.FindEntityType(typeof(QuotaEntity))!;
            var table = entity.GetTableName();
            var column = entity.FindProperty(nameof(QuotaEntity.ProjectId))!.GetColumnName();
#pragma warning disable EF1002 // Table and column names come from the model, never from the request; the value is a parameter.
            quota = await db.Quotas.FromSqlRaw($"SELECT * FROM \"{table}\" WHERE \"{column}\" = {{0}} FOR UPDATE", projectId)
                .SingleOrDefaultAsync(cancellationToken);
#pragma warning restore EF1002
        }
        else
        {
            quota = await db.Quotas.SingleOrDefaultAsync(q => q.ProjectId == projectId, cancellationToken);
        }

        if (quota is null)
        {
            quota = new QuotaEntity { ProjectId = projectId };
            db.Quotas.Add(quota);
        }

        return quota;
    }
}
