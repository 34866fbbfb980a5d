namespace Lbaas.Host.Persistence;

/// <summary>Stores the latest absolute counters a driver reported for one listener.</summary>
public sealed class ListenerStatisticsEntity
{
    public Guid ListenerId { get; set; }

    public Guid LoadBalancerId { get; set; }

    public long ActiveConnections { get; set; }

    public long BytesIn { get; set; }

    public long BytesOut { get; set; }

    public long RequestErrors { get; set; }

    public long TotalConnections { get; set; }

    public DateTime UpdatedAt { get; set; }
}
