using Lbaas.Host.Providers;
using Lbaas.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lbaas.Host.Tests.Catalog;

public sealed class ProviderRegistryTests
{
    [Fact]
    public async Task The_noop_plugin_loaded_from_the_plugin_root_is_listed_by_providers()
    {
        await using var host = CatalogHost.Start();

        var (status, body) = await host.GetAsync("/v2/lbaas/providers");

        Assert.Equal(200, status);
        var providers = body.GetProperty("providers").EnumerateArray().ToList();
        var noop = Assert.Single(providers);
        Assert.Equal("noop", noop.GetProperty("name").GetString());
        Assert.StartsWith("The noop provider", noop.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("providers_links", out _));
        Assert.True(host.Services.GetRequiredService<IProviderRegistry>().TryGetDriver("noop", out _));
    }

    [Fact]
    public async Task Providers_honour_fields()
    {
        await using var host = CatalogHost.Start();

        var (_, body) = await host.GetAsync("/v2.0/lbaas/providers?fields=name");

        var noop = Assert.Single(body.GetProperty("providers").EnumerateArray());
        Assert.Equal("noop", noop.GetProperty("name").GetString());
        Assert.False(noop.TryGetProperty("description", out _));
    }

    [Fact]
    public async Task A_plugin_of_another_major_is_listed_as_not_loadable_with_a_clear_log_and_answers_501()
    {
        await using var host = CatalogHost.Start(plugins: [CatalogHost.NoopFolder, CatalogHost.FutureMajorFolder]);

        var (_, body) = await host.GetAsync("/v2/lbaas/providers");
        var names = body.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("noop", names);
        Assert.Contains(CatalogHost.FutureMajorFolder, names);

        var registry = host.Services.GetRequiredService<IProviderRegistry>();
        var broken = registry.Providers.Single(p => p.Name == CatalogHost.FutureMajorFolder);
        Assert.False(broken.IsLoadable);
        Assert.Contains("2.", broken.Problem, StringComparison.Ordinal);
        var log = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(CatalogHost.FutureMajorFolder, StringComparison.Ordinal));
        Assert.Contains("not loadable", log.Message, StringComparison.Ordinal);
        Assert.Contains("major", log.Message, StringComparison.OrdinalIgnoreCase);

        var (status, fault) = await host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", provider_name = CatalogHost.FutureMajorFolder, flavor_data = "{}" } });
        Assert.Equal(501, status);
        Assert.Equal($"Provider '{CatalogHost.FutureMajorFolder}' was not found.", fault.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task An_enabled_plugin_folder_of_another_major_keeps_its_configured_name()
    {
        var other = Path.Combine(Path.GetTempPath(), "lbaas-catalog-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CatalogHost.Deploy(CatalogHost.FutureMajorFolder, other);
            await using var host = CatalogHost.Start(
                new()
                {
                    ["Lbaas:Providers:Enabled:noop:Description"] = "Noop for tests",
                    ["Lbaas:Providers:Enabled:future:Plugin"] = Path.Combine(other, CatalogHost.FutureMajorFolder),
                },
                plugins: [CatalogHost.NoopFolder],
                services: null);
            var (_, body) = await host.GetAsync("/v2/lbaas/providers");

            var providers = body.GetProperty("providers").EnumerateArray()
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("description").GetString());
            Assert.Equal(["future", "noop"], providers.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("Noop for tests", providers["noop"]);
            var (status, fault) = await host.GetAsync("/v2/lbaas/providers/future/flavor_capabilities");
            Assert.Equal(501, status);
            Assert.Equal("Provider 'future' was not found.", fault.GetProperty("faultstring").GetString());
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public async Task A_provider_that_is_not_enabled_answers_400()
    {
        await using var host = CatalogHost.Start();

        var (status, fault) = await host.GetAsync("/v2/lbaas/providers/octavia/flavor_capabilities");

        Assert.Equal(400, status);
        Assert.Equal("Provider 'octavia' is not enabled.", fault.GetProperty("faultstring").GetString());
    }

    [Fact]
    public async Task A_remote_provider_that_is_down_is_listed_as_not_loadable_and_answers_501_at_once()
    {
        await using var host = CatalogHost.Start(new()
        {
            ["Lbaas:Providers:Enabled:noop:Description"] = "noop",
            ["Lbaas:Providers:Enabled:remote:Url"] = "http://127.0.0.1:1",
        });

        var (_, body) = await host.GetAsync("/v2/lbaas/providers");
        var remote = body.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "remote");
        Assert.Equal("Remote provider at http://127.0.0.1:1", remote.GetProperty("description").GetString());

        var registry = host.Services.GetRequiredService<IProviderRegistry>();
        await Eventually.EqualAsync(false, _ => Task.FromResult(registry.Providers.Single(p => p.Name == "remote").IsLoadable),
            "loadability of the unreachable remote provider");
        Assert.Contains("unreachable", registry.Providers.Single(p => p.Name == "remote").Problem, StringComparison.Ordinal);

        var (status, fault) = await host.PostAsync("/v2/lbaas/flavorprofiles",
            new { flavorprofile = new { name = "fp", provider_name = "remote", flavor_data = "{}" } });
        Assert.Equal(501, status);
        Assert.Equal("Provider 'remote' was not found.", fault.GetProperty("faultstring").GetString());
    }

    [Theory]
    [InlineData("Lbaas:Providers:Enabled:noop:ReportDelay")]
    [InlineData("Lbaas:Providers:Plugins:noop:ReportDelay")]
    [InlineData("Lbaas:Providers:Plugins:Lbaas.Drivers.Noop:ReportDelay")]
    public async Task A_root_plugin_gets_its_settings_by_provider_or_folder_name(string key)
    {
        // Out of the noop driver's range: seeing the plugin refuse it proves the setting reached the plugin.
        await using var host = CatalogHost.Start(new() { [key] = "02:00:00" });

        var noop = host.Services.GetRequiredService<IProviderRegistry>().Providers.Single(p => p.Name == "noop"
            || p.Name == CatalogHost.NoopFolder);
        Assert.False(noop.IsLoadable);
        Assert.Contains("ReportDelay", noop.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_provider_settings_stop_startup_with_the_key_named()
    {
        var error = Assert.ThrowsAny<Exception>(() => CatalogHost.Start(new()
        {
            ["Lbaas:Providers:Enabled:x:Plugin"] = "/nonexistent/plugin",
            ["Lbaas:Providers:Enabled:x:Url"] = "ftp://nowhere",
            ["Lbaas:Providers:Default"] = "x",
        }));
        var message = error.ToString();
        Assert.Contains("Lbaas:Providers:Enabled:x: set Plugin or Url, not both.", message, StringComparison.Ordinal);
        Assert.Contains("Lbaas:Providers:Enabled:x:Url 'ftp://nowhere'", message, StringComparison.Ordinal);
        Assert.Contains("Lbaas:Providers:Enabled:x:Plugin '/nonexistent/plugin' is not an existing folder.", message, StringComparison.Ordinal);
    }
}
