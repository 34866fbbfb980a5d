namespace Lbaas.Host.Tests.Catalog;

public sealed class VersionDocumentTests : CatalogApiTest
{
    [Fact]
    public async Task The_root_lists_27_versions_with_the_last_current_and_every_href_ending_v2()
    {
        var (status, body) = await Host.GetAsync("/");

        Assert.Equal(200, status);
        var versions = body.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(27, versions.Count);
        Assert.Equal("v2.0", versions[0].GetProperty("id").GetString());
        Assert.Equal("2016-12-11T00:00:00Z", versions[0].GetProperty("updated").GetString());
        Assert.Equal("v2.26", versions[^1].GetProperty("id").GetString());
        Assert.Equal("CURRENT", versions[^1].GetProperty("status").GetString());
        Assert.All(versions[..^1], v => Assert.Equal("SUPPORTED", v.GetProperty("status").GetString()));
        Assert.All(versions, v =>
        {
            var link = Assert.Single(v.GetProperty("links").EnumerateArray());
            Assert.Equal("http://localhost:9876/v2", link.GetProperty("href").GetString());
            Assert.Equal("self", link.GetProperty("rel").GetString());
        });
    }

    [Theory]
    [InlineData("/v2", "http://localhost:9876/v2")]
    [InlineData("/v2.0", "http://localhost:9876/v2.0")]
    public async Task A_version_endpoint_answers_one_version_document(string path, string href)
    {
        var (status, body) = await Host.GetAsync(path);

        Assert.Equal(200, status);
        var version = body.GetProperty("version");
        Assert.Equal("v2.26", version.GetProperty("id").GetString());
        Assert.Equal("CURRENT", version.GetProperty("status").GetString());
        Assert.Equal(href, version.GetProperty("links")[0].GetProperty("href").GetString());
    }
}
