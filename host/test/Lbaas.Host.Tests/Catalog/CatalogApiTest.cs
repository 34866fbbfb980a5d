using System.Text.Json;

namespace Lbaas.Host.Tests.Catalog;

/// <summary>Gives each test a fresh in-memory host with the real provider registry, and stops it afterwards.</summary>
public abstract class CatalogApiTest : IAsyncLifetime
{
    private CatalogHost? _host;

    internal CatalogHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    /// <summary>Gets the settings the host starts with; none by default.</summary>
    protected virtual Dictionary<string, string?>? Settings => null;

    public virtual Task InitializeAsync()
    {
        _host = CatalogHost.Start(Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected static string Fault(JsonElement body) => body.GetProperty("faultstring").GetString()!;
}
