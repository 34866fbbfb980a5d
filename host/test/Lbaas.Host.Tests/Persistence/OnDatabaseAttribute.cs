using System.Reflection;
using Lbaas.Host.TestSupport;
using Xunit.Sdk;

namespace Lbaas.Host.Tests.Persistence;

/// <summary>Runs a theory once on the given database; on PostgreSQL, skips saying why when its binaries are not installed.</summary>
/// <remarks>One attribute per engine, so a missing PostgreSQL skips its row and leaves the SQLite row running.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OnDatabaseAttribute : DataAttribute
{
    public OnDatabaseAttribute(DatabaseEngine engine)
    {
        Engine = engine;
        if (engine == DatabaseEngine.Postgres && ThrowawayPostgres.FindBinaries() is null)
        {
            Skip = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); scripts/prereqs.sh installs the postgresql package.";
        }
    }

    public DatabaseEngine Engine { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Engine]];
}
