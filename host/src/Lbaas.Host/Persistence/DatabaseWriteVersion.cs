using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lbaas.Host.Persistence;

/// <summary>Counts the writes this process has made to the database, so readers can tell whether anything changed.</summary>
/// <remarks>
/// <see cref="Interceptor"/> raises the count after every command that is not a read (<c>SELECT</c> or <c>PRAGMA</c>)
/// and after every commit: always after the change is visible, never before, so a reader that sampled the count before
/// reading cannot have read older data under a newer count. Writes by other processes are not seen.
/// </remarks>
public sealed class DatabaseWriteVersion
{
    private long _current;

    /// <summary>Initializes a count of zero.</summary>
    public DatabaseWriteVersion() => Interceptor = new WriteObserver(this);

    /// <summary>Gets the number of writes observed so far.</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>Gets the interceptor to add to the context's options.</summary>
    public IInterceptor Interceptor { get; }

    /// <summary>Records a write.</summary>
    public void Bump() => Interlocked.Increment(ref _current);

    /// <summary>Tells whether a command only reads.</summary>
    /// <param name="sql">The command text.</param>
    /// <returns><see langword="true"/> for <c>SELECT</c> and <c>PRAGMA</c> statements.</returns>
    public static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private sealed class WriteObserver(DatabaseWriteVersion version) : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Observe(command);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            Observe(command);
            return ValueTask.FromResult(result);
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Observe(command);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            Observe(command);
            return ValueTask.FromResult(result);
        }

        // A write that returns rows (INSERT ... RETURNING without a transaction) commits when its reader has been read to
        // the end, which EF does before disposing it: counting again here keeps the count after the commit.
        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData,
            InterceptionResult result)
        {
            Observe(command);
            return result;
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Observe(command);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
            CancellationToken cancellationToken = default)
        {
            Observe(command);
            return ValueTask.FromResult(result);
        }

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            version.Bump();
            return Task.CompletedTask;
        }

        private void Observe(DbCommand command)
        {
            if (!IsRead(command.CommandText))
            {
                version.Bump();
            }
        }
    }
}
