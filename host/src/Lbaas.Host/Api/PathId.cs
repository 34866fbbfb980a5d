namespace Lbaas.Host.Api;

/// <summary>Parses ids from the path; anything that is not a UUID is simply not found, as in Octavia.</summary>
public static class PathId
{
    public static Guid Parse(string raw, string resource) =>
        Guid.TryParse(raw, out var id) ? id : throw ApiException.NotFound(resource, raw);
}
