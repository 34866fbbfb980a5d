using System.Net;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Checks the network catalog configuration, reporting every problem at once with the key that holds it.</summary>
internal sealed class NetworkCatalogOptionsValidator : IValidateOptions<NetworkCatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, NetworkCatalogOptions options)
    {
        var errors = new List<string>();
        var networkIds = new HashSet<Guid>();
        var subnetIds = new HashSet<Guid>();
        for (var n = 0; n < options.Networks.Count; n++)
        {
            var network = options.Networks[n];
            var key = $"{NetworkCatalogOptions.SectionName}:{n}";
            if (network.Id == Guid.Empty)
            {
                errors.Add($"{key}:Id must be a non-empty UUID.");
            }
            else if (!networkIds.Add(network.Id))
            {
                errors.Add($"{key}:Id '{network.Id}' is used by another network.");
            }

            if (network.Mtu is < 68 or > 65535)
            {
                errors.Add($"{key}:Mtu must be between 68 and 65535, not {network.Mtu}.");
            }

            for (var s = 0; s < network.Subnets.Count; s++)
            {
                ValidateSubnet(network.Subnets[s], $"{key}:Subnets:{s}", subnetIds, errors);
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSubnet(SubnetDefinition subnet, string key, HashSet<Guid> subnetIds, List<string> errors)
    {
        if (subnet.Id == Guid.Empty)
        {
            errors.Add($"{key}:Id must be a non-empty UUID.");
        }
        else if (!subnetIds.Add(subnet.Id))
        {
            errors.Add($"{key}:Id '{subnet.Id}' is used by another subnet.");
        }

        // The address part must be the network itself: 127.0.100.0/24, never 127.0.100.5/24.
        if (!IPNetwork.TryParse(subnet.Cidr, out var cidr)
            || !IPAddress.TryParse(subnet.Cidr.Split('/')[0], out var written) || !written.Equals(cidr.BaseAddress))
        {
            errors.Add($"{key}:Cidr '{subnet.Cidr}' is not a network in CIDR notation (for example 127.0.100.0/24).");
            return;
        }

        if (subnet.GatewayIp.Length > 0
            && (!IPAddress.TryParse(subnet.GatewayIp, out var gateway) || !cidr.Contains(gateway)))
        {
            errors.Add($"{key}:GatewayIp '{subnet.GatewayIp}' is not an address inside {cidr}.");
        }
    }
}
