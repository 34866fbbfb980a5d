using System.Diagnostics;
using System.Net.Sockets;
using Lbaas.Host.Api;
using Lbaas.Host.Providers;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Hosting;

/// <summary>
/// Before the host listens, drives a scripted API session through a private copy of it, so that its first clients
/// meet compiled code.
/// </summary>
/// <remarks>
/// <para>
/// .NET first runs precompiled (ReadyToRun) or quickly compiled code, and compiles a method again, optimised, once it
/// has run 30 times. On a fresh host that second compilation of some thousands of methods happens during the first
/// few hundred requests, on the cores the requests need: a load balancer create then costs 6 to 10 ms of CPU instead
/// of about 1.5 ms (bench/RESULTS.md).
/// </para>
/// <para>
/// The copy is composed by <see cref="LbaasApplication"/> like the host itself, from its own settings only: a SQLite
/// database in a temporary folder, the noop provider from the host's plugin folder, the built-in network catalog,
/// and a Unix socket in that folder as its only listener. Nothing of it reaches the host's database, drivers or
/// networks, and the folder is deleted afterwards. The compiled code is what stays: it belongs to the process.
/// </para>
/// </remarks>
public sealed partial class RequestPathWarmUp(
    IOptions<WarmUpOptions> options,
    IOptions<ProviderRegistryOptions> providers,
    IOptions<ApiOptions> api,
    TimeProvider time,
    ILogger<RequestPathWarmUp> logger)
{
    /// <summary>Runs the scripted session <see cref="WarmUpOptions.Rounds"/> times on each of <see cref="WarmUpOptions.Clients"/> concurrent clients through a private copy of the host.</summary>
    /// <param name="cancellationToken">Cancels the warm-up; the copy is stopped and its folder deleted either way.</param>
    /// <returns>How many requests were sent and how long it took.</returns>
    /// <exception cref="WarmUpException">A request of the session got an unexpected answer.</exception>
    public async Task<WarmUpReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = Directory.CreateTempSubdirectory("lbaas-warm-up-");
        var socket = Path.Combine(folder.FullName, "api.sock");
        var database = $"Data Source={Path.Combine(folder.FullName, "lbaas.db")}";
        try
        {
            var builder = LbaasApplication.CreateBuilder([], folder.FullName);
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddInMemoryCollection(Settings(folder.FullName, database));
            builder.Logging.ClearProviders();
            LbaasApplication.AddServices(builder, kestrel => kestrel.ListenUnixSocket(socket, l => l.Protocols = HttpProtocols.Http1));
            await using var app = builder.Build();
            LbaasApplication.UsePipeline(app);
            await app.StartAsync(cancellationToken);
            try
            {
                using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = (_, ct) => ConnectAsync(socket, ct) })
                {
                    BaseAddress = new Uri("http://warm-up.invalid"),
                };
                var sessions = Enumerable.Range(0, options.Value.Clients).Select(client => new WarmUpSession(http, time, client)).ToList();
                await Task.WhenAll(sessions.Select(async session =>
                {
                    for (var round = 0; round < options.Value.Rounds; round++)
                    {
                        await session.RunRoundAsync(round, cancellationToken);
                    }
                }));

                var report = new WarmUpReport(sessions.Sum(s => s.Requests), Stopwatch.GetElapsedTime(started));
                Log.RequestsDone(logger, report.Requests, options.Value.Clients, options.Value.Rounds, report.Elapsed.TotalMilliseconds);
                return report;
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            using (var connection = new SqliteConnection(database))
            {
                SqliteConnection.ClearPool(connection);
            }

            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.FolderNotDeleted(logger, ex, folder.FullName);
            }
        }
    }

    private Dictionary<string, string?> Settings(string folder, string database) => new()
    {
        ["Lbaas:DataDirectory"] = folder,
        ["Lbaas:Database"] = "sqlite",
        ["ConnectionStrings:Lbaas"] = database,
        ["Lbaas:Providers:Default"] = ProviderNames.Noop,
        ["Lbaas:Providers:PluginRoot"] = providers.Value.ResolvePluginRoot(),
        [$"Lbaas:Providers:Enabled:{ProviderNames.Noop}:Description"] = "warm-up",

        // A process-wide setting (LoadBalancerSchema.FallbackProvider): the copy must leave the host's in place.
        ["Lbaas:Api:DefaultProviderName"] = api.Value.DefaultProviderName,
        ["Lbaas:WarmUp:Rounds"] = "0",
    };

    private static async ValueTask<Stream> ConnectAsync(string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1409, Level = LogLevel.Information,
            Message = "Warm-up: {Requests} requests ({Clients} clients, {Rounds} rounds each) through a private copy of the host in {ElapsedMs:F0} ms.")]
        public static partial void RequestsDone(ILogger logger, int requests, int clients, int rounds, double elapsedMs);

        [LoggerMessage(EventId = 1406, Level = LogLevel.Warning, Message = "Warm-up: could not delete the temporary folder '{Folder}'.")]
        public static partial void FolderNotDeleted(ILogger logger, Exception exception, string folder);
    }
}

/// <summary>What the request warm-up did.</summary>
/// <param name="Requests">The requests sent.</param>
/// <param name="Elapsed">The time from start to the private copy's last answer.</param>
public sealed record WarmUpReport(int Requests, TimeSpan Elapsed);

/// <summary>A request of the warm-up session got an answer the session does not expect: the API and the script disagree.</summary>
/// <param name="message">What was sent and what came back.</param>
public sealed class WarmUpException(string message) : Exception(message);
