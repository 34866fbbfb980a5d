using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lbaas.Host.Persistence;

/// <summary>Lets one SQLite transaction of this process run at a time, queueing the others in memory.</summary>
/// <remarks>
/// SQLite has one writer: a second <c>BEGIN IMMEDIATE</c> gets <c>SQLITE_BUSY</c> and its busy handler sleeps in steps
/// of up to 100 ms before it tries again, so ten concurrent creates wait far longer than the writes take (a p99 of
/// 0.8 s in bench/RESULTS.md). Here the next transaction starts as soon as the previous one ends. The gate only orders
/// work: SQLite's own lock stays the authority. A holder is released on commit, rollback, a failed begin and when its
/// connection closes (a transaction disposed without either); should one slip through, waiters go ahead after
/// <see cref="MaxWait"/> and SQLite's busy timeout takes over, so the gate can slow writes down but never stop them.
/// </remarks>
public sealed partial class SqliteWriteGate(ILogger<SqliteWriteGate> logger) : DbTransactionInterceptor, IDbConnectionInterceptor
{
    /// <summary>How long a transaction waits for the gate before it goes ahead without it.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbConnection, byte> _holders = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        Hold(connection, _gate.Wait(MaxWait));
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Hold(connection, await _gate.WaitAsync(MaxWait, cancellationToken));
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    // Whatever failed (begin, commit, rollback, a savepoint), letting the next one in early is safe: SQLite still locks.
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    private void Hold(DbConnection connection, bool acquired)
    {
        if (!acquired)
        {
            Log.WentAheadWithoutGate(logger, MaxWait.TotalSeconds);
            return;
        }

        if (!_holders.TryAdd(connection, 0))
        {
            // One connection runs one transaction at a time; a second begin fails in the provider anyway.
            _gate.Release();
        }
    }

    private void Release(TransactionEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Release(context.Database.GetDbConnection());
        }
    }

    private void Release(DbConnection connection)
    {
        if (_holders.TryRemove(connection, out _))
        {
            _gate.Release();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1405, Level = LogLevel.Warning,
            Message = "A SQLite transaction waited {Seconds} s for the write gate and went ahead without it; one holder was not released.")]
        public static partial void WentAheadWithoutGate(ILogger logger, double seconds);
    }
}
