using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;

namespace Lbaas.Host.Api.LoadBalancers;

/// <summary>Holds the rows of a fully populated create, ready to insert, journal, send and render.</summary>
public sealed class LoadBalancerGraphBuild
{
    public QuotaDemand Demand { get; init; } = new() { LoadBalancers = 1 };

    public void AddTo(LbaasDbContext db)
    {
    }

    public void Journal(MutationJournal journal)
    {
    }

    public LoadBalancer ToModel() => throw new NotSupportedException();

    public LoadBalancerView View() => throw new NotSupportedException();
}
