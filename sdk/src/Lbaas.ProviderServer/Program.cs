using System.CommandLine;
using Lbaas.ProviderServer;

var plugin = new Option<string>("--plugin")
{
    Description = "The plugin folder: the provider's build output, holding <AssemblyName>.dll and its .deps.json.",
    Required = true,
};
var listen = new Option<string>("--listen")
{
    Description = "Where to serve the provider over gRPC (h2c): http://IP:PORT (PORT 0 picks a free one) or unix:/path.sock.",
    DefaultValueFactory = _ => "http://127.0.0.1:50051",
};
var hostUrl = new Option<string>("--host-url")
{
    Description = "Where the host serves DriverLibService and NetworkService: http://HOST:PORT or unix:/path.sock.",
    Required = true,
};
var config = new Option<string?>("--config")
{
    Description = "A JSON file with the plugin's configuration section (for noop: ReportDelay, StatisticsInterval).",
};

var root = new RootCommand("Serves a Lbaas provider plugin over gRPC (lbaas.provider.v1), for hosts that reach providers by URL.")
{
    plugin, listen, hostUrl, config,
};
root.SetAction(async (parse, cancellationToken) =>
{
    if (!ListenAddress.TryParse(parse.GetValue(listen)!, out var listenAddress, out var listenError)
        || !ListenAddress.TryParse(parse.GetValue(hostUrl)!, out var hostAddress, out listenError))
    {
        await Console.Error.WriteLineAsync($"{ProviderServer.Name}: {listenError}");
        return ExitCodes.BadArguments;
    }

    return await ProviderServer.RunAsync(parse.GetValue(plugin)!, listenAddress!, hostAddress!, parse.GetValue(config), cancellationToken);
});

return await root.Parse(args).InvokeAsync();
