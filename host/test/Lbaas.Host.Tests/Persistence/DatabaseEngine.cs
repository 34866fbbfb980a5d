namespace Lbaas.Host.Tests.Persistence;

/// <summary>Names a database the host can store its state in, as <c>Lbaas:Database</c> does.</summary>
public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
