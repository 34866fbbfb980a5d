namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Holds the <c>listeners</c> and <c>pools</c> of a fully populated load balancer create.</summary>
public sealed class LoadBalancerGraphInput
{
    /// <summary>Reads the graph part of the body; <see langword="null"/> when the request has no children.</summary>
    public static LoadBalancerGraphInput? Parse(FieldReader reader, List<string> errors, ApiOptions options)
    {
        var listeners = reader.ObjectList("listeners");
        var pools = reader.ObjectList("pools");
        if ((listeners?.Count ?? 0) + (pools?.Count ?? 0) > 0)
        {
            errors.Add("Fully populated load balancer create is not available yet.");
        }

        return null;
    }

    /// <summary>Validates the graph against the new load balancer and builds its rows.</summary>
    public LoadBalancerGraphBuild? Build(Persistence.LoadBalancerEntity loadBalancer, List<string> errors) => null;
}
