using System.Text.Json;
using Lbaas.Host.Providers;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.Catalog;

/// <summary>Checks flavor and availability-zone profile data: a JSON object, for an enabled provider, accepted by its driver.</summary>
public sealed class ProfileDataValidator(IProviderRegistry registry, ProviderInvoker invoker)
{
    /// <summary>Parses profile data: the JSON text of an object.</summary>
    /// <param name="data">The text the user sent.</param>
    /// <param name="field">The field name for the fault text.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ApiException">400 when the text is not a JSON object.</exception>
    public static IReadOnlyDictionary<string, JsonElement> ParseObject(string data, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            }
        }
        catch (JsonException)
        {
            // Reported below like any other non-object.
        }

        throw ApiException.BadRequest($"{data} is not a valid option for {field}");
    }

    /// <summary>Checks flavor profile data with its provider's driver.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="data">The flavor data text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the data is valid.</returns>
    public Task ValidateFlavorDataAsync(string provider, string data, CancellationToken cancellationToken) =>
        ValidateAsync(provider, ParseObject(data, "flavor_data"), "flavor validation",
            (driver, request, ct) => driver.ValidateFlavorAsync(request, ct), cancellationToken);

    /// <summary>Checks availability-zone profile data with its provider's driver.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="data">The availability zone data text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the data is valid.</returns>
    public Task ValidateAvailabilityZoneDataAsync(string provider, string data, CancellationToken cancellationToken) =>
        ValidateAsync(provider, ParseObject(data, "availability_zone_data"), "availability zone validation",
            (driver, request, ct) => driver.ValidateAvailabilityZoneAsync(request, ct), cancellationToken);

    /// <summary>Has the provider's driver check metadata, raising 400 (not enabled), 501 (not loadable or refused) or 500.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="metadata">The metadata.</param>
    /// <param name="action">The action name for logs and metrics.</param>
    /// <param name="validate">The driver call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the metadata is valid.</returns>
    public async Task ValidateAsync(
        string provider,
        IReadOnlyDictionary<string, JsonElement> metadata,
        string action,
        Func<IProviderDriver, ValidateMetadataRequest, CancellationToken, Task> validate,
        CancellationToken cancellationToken)
    {
        registry.GetDriverOrThrow(provider);
        var request = new ValidateMetadataRequest { Metadata = metadata };
        var fault = await invoker.InvokeAsync(provider, action, (driver, ct) => validate(driver, request, ct), cancellationToken);
        if (fault is not null)
        {
            throw fault;
        }
    }
}
