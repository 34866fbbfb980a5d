using System.ComponentModel.DataAnnotations;

namespace Lbaas.Host.Hosting;

/// <summary>Configures where the host listens and keeps its data (section <c>Lbaas</c>).</summary>
public sealed class LbaasOptions
{
    public const string Section = "Lbaas";

    /// <summary>Gets or sets the address both ports bind to.</summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Gets or sets the Octavia REST port (HTTP/1.1).</summary>
    [Range(1, 65535)]
    public int RestPort { get; set; } = 9876;

    /// <summary>Gets or sets the gRPC port (h2c) for remote drivers' callbacks.</summary>
    [Range(1, 65535)]
    public int GrpcPort { get; set; } = 9877;

    /// <summary>Gets or sets the folder of the SQLite file.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Gets or sets the database: <c>sqlite</c> (default) or <c>postgres</c> (uses <c>ConnectionStrings:Lbaas</c>).</summary>
    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Lbaas:Database must be 'sqlite' or 'postgres'.")]
    public string Database { get; set; } = "sqlite";

    /// <summary>Gets a value indicating whether the database is PostgreSQL, which several hosts may share.</summary>
    public bool IsPostgres => string.Equals(Database, "postgres", StringComparison.OrdinalIgnoreCase);
}
