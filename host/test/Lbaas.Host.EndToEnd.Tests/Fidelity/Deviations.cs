namespace Lbaas.Host.EndToEnd.Tests.Fidelity;

/// <summary>The documented deviations from upstream Octavia 11 (see <c>docs/octavia-deviations.md</c>), one factory per reason.</summary>
internal static class Deviations
{
    /// <summary>A value of the wrong JSON type: upstream's wsme dumps the Python repr of the whole body; we name the field.</summary>
    public static Deviation TypeErrorNamesTheField(string oursFault) =>
        new("a wrongly typed value: upstream quotes the Python repr of the whole body and a Python exception text; ours names the field")
        {
            UpstreamStatus = 400,
            OursStatus = 400,
            OursFault = oursFault,
        };

    /// <summary>Upstream lists the allowed values of some enumerations from a Python set, in an order that changes per process.</summary>
    public static Deviation EnumerationInDocumentedOrder(string oursFault) =>
        new("upstream lists the allowed values from a Python set, in hash order that changes with every process; ours uses the documented order")
        {
            UpstreamStatus = 400,
            OursStatus = 400,
            OursFault = oursFault,
        };

    /// <summary>A body without its envelope key: upstream reports the first key as unknown; we report the envelope as missing.</summary>
    public static Deviation MissingEnvelope(string oursFault) =>
        new("a body without its envelope: upstream calls its first key an unknown attribute; ours says the envelope is missing")
        {
            UpstreamStatus = 400,
            OursStatus = 400,
            OursFault = oursFault,
        };
}
