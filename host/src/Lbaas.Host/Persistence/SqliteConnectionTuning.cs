using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lbaas.Host.Persistence;

/// <summary>Tunes each SQLite connection as it opens: normal sync and a busy timeout (the write-ahead log is set once, by <see cref="DatabaseInitializer"/>).</summary>
/// <remarks>
/// The default rollback journal fsyncs several times per commit, which made a load balancer create cost 10–25 ms on
/// this machine's disk. With the write-ahead log and <c>synchronous=NORMAL</c> a commit survives a crash of the host
/// process (the crash-recovery test kills it with SIGKILL); only a power loss may drop the last commits. The busy
/// timeout lets concurrent writers (requests, status reports, the watchdog) wait for each other instead of failing.
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
