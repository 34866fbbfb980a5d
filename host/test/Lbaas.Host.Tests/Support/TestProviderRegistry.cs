using System.Diagnostics.CodeAnalysis;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Tests.Support;

/// <summary>Serves a fixed set of drivers by name, standing in for the catalog's plugin registry.</summary>
public sealed class TestProviderRegistry(string defaultProvider, IReadOnlyDictionary<string, IProviderDriver> drivers) : IProviderRegistry
{
    public string DefaultProvider { get; } = defaultProvider;

    public IReadOnlyList<ProviderDescriptor> Providers { get; } = drivers.Keys.Select(k => new ProviderDescriptor(k, k + " provider")).ToList();

    public bool TryGetDriver(string name, [NotNullWhen(true)] out IProviderDriver? driver) => drivers.TryGetValue(name, out driver);
}
