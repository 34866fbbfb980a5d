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

    /// <summary>Upstream answers some errors (bad list parameters, a missing parent in a sub-collection path) with a non-fault body.</summary>
    public static Deviation JsonFaultWhereUpstreamSendsText(int status, string oursFault) =>
        new("upstream answers this error with a plain-text or pecan body instead of a fault; ours is a JSON fault everywhere")
        {
            UpstreamStatus = status,
            OursStatus = status,
            OursFault = oursFault,
        };

    /// <summary>Upstream fails with a 500 where the input is at fault.</summary>
    public static Deviation ClientErrorWhereUpstreamFails(int oursStatus, string oursFault) =>
        new("upstream fails with a 500 on this bad input (an unhandled exception); ours answers the client error")
        {
            UpstreamStatus = 500,
            OursStatus = oursStatus,
            OursFault = oursFault,
        };

    /// <summary>Upstream's noop network driver accepts any subnet; our network catalog knows which exist.</summary>
    public static Deviation SubnetChecked(string oursFault) =>
        new("the anchor's noop network driver accepts any subnet id; ours looks it up in the network catalog, as upstream does with Neutron")
        {
            UpstreamStatus = 201,
            OursStatus = 404,
            OursFault = oursFault,
        };

    /// <summary>Regular expressions are compiled by .NET, not Python: same verdict, different error text.</summary>
    public static Deviation RegexEngineText(string oursFault) =>
        new("a regex that does not compile: the reason comes from .NET's regex parser instead of Python's re")
        {
            UpstreamStatus = 400,
            OursStatus = 400,
            OursFault = oursFault,
        };

    /// <summary>Our list links percent-encode the sort parameter (<c>name%3Aasc</c>); the URL means the same.</summary>
    public static Deviation SortEscapedInLinks { get; } =
        new("list links percent-encode ':' and ',' in the sort parameter; the URL is equivalent")
        {
            Fields = ["listeners_links[].href"],
        };

    /// <summary><c>GET /v2</c> answers a version document instead of upstream's bare <c>"v2"</c>, which openstacksdk cannot read.</summary>
    public static Deviation VersionDocument { get; } =
        new("GET /v2 and /v2.0 answer a version document; upstream's bare \"v2\" breaks openstacksdk's discovery of an endpoint ending /v2.0")
        {
            UpstreamStatus = 200,
            OursStatus = 200,
        };

    /// <summary>Every validation problem of a request is reported at once, joined in one faultstring; upstream stops at the first.</summary>
    public static Deviation SeveralProblemsJoined { get; } =
        new("every validation problem is reported at once in one faultstring; upstream reports the first")
        {
            UpstreamStatus = 400,
            OursStatus = 400,
        };

    /// <summary><c>limit=-1</c> means unlimited; upstream then fails with a 500 when rows exist.</summary>
    public static Deviation UnlimitedPage { get; } =
        new("limit=-1 lists everything; upstream fails with a 500 when rows exist")
        {
            UpstreamStatus = 500,
            OursStatus = 200,
        };
}
