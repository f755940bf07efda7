using System.Net;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Operations;

/// <summary>What operators and integrators reach without a key: the liveness probe and the API's own description.</summary>
public sealed class HostEndpointTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private KpiApp App => fixture.App;

    [Fact]
    public async Task The_liveness_probe_answers_healthy_without_a_key()
    {
        using var anonymous = App.Client(null);

        using var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_endpoints_and_the_three_ingest_formats()
    {
        using var anonymous = App.Client(null);

        var document = await anonymous.GetAsync("/openapi/v1.json").JsonAsync();

        var paths = document.GetProperty("paths");
        var formats = paths.GetProperty("/api/v1/dossiers").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-ndjson", "text/csv"], formats);
        foreach (var path in new[]
                 {
                     "/api/v1/edoc-counts", "/api/v1/board", "/api/v1/provinces/{province}/procedures", "/api/v1/admin/targets/{province}/{indicator}",
                     "/api/v1/dvcqg/DongBoHoSoMC", "/api/v1/dossiers/preview", "/api/v1/admin/province-mappings/{kind}/{code}",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
    }

    [Theory]
    [InlineData("DossierEvent", new[] { "channel", "dossierId", "dueAt", "level", "province", "receivedAt", "status" })]
    [InlineData("EDocCount", new[] { "agency", "direction", "electronic", "level", "period", "province", "total" })]
    [InlineData("ProcedureEntry", new[] { "code", "name", "onlineLevel" })]
    public async Task The_openapi_document_requires_what_the_api_requires_of_a_row_and_gives_no_defaults(string shape, string[] required)
    {
        using var anonymous = App.Client(null);

        var document = await anonymous.GetAsync("/openapi/v1.json").JsonAsync();

        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(shape);
        Assert.Equal(required, schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(schema.GetProperty("properties").EnumerateObject(), p => p.Value.TryGetProperty("default", out _));
    }

    [Theory]
    [InlineData("/api/v1/dossiers", "post", new[] { 400, 401, 403, 413, 415, 429 })]
    [InlineData("/api/v1/provinces/{province}/procedures", "put", new[] { 400, 401, 403, 404, 413, 415, 429 })]
    [InlineData("/api/v1/board", "get", new[] { 400, 401, 403, 404, 429 })]
    [InlineData("/api/v1/provinces/{province}/indicators/{indicator}/history", "get", new[] { 400, 401, 403, 404, 429, 503 })]
    [InlineData("/api/v1/alerts/{id}/acknowledge", "post", new[] { 401, 403, 404, 429 })]
    [InlineData("/api/v1/admin/keys", "post", new[] { 400, 401, 403, 429 })]
    [InlineData("/api/v1/admin/targets/{province}/{indicator}", "put", new[] { 400, 401, 403, 404, 429 })]
    public async Task The_openapi_document_lists_each_problem_an_endpoint_answers(string path, string method, int[] problems)
    {
        using var anonymous = App.Client(null);

        var document = await anonymous.GetAsync("/openapi/v1.json").JsonAsync();

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().ToList();
        Assert.Equal(problems, responses.Select(r => int.Parse(r.Name)).Where(status => status >= 400).Order());
        Assert.All(responses.Where(r => r.Name.StartsWith('4') || r.Name.StartsWith('5')), r =>
            Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{r.Name} is not a problem"));
    }

    [Theory]
    [InlineData("/api/v1/dossiers", "post")]
    [InlineData("/api/v1/edoc-counts", "post")]
    [InlineData("/api/v1/provinces/{province}/procedures", "put")]
    [InlineData("/api/v1/provinces/{province}/procedures", "post")]
    public async Task The_openapi_document_states_the_bounds_of_what_a_write_accepts(string path, string method)
    {
        using var anonymous = App.Client(null);

        var document = await anonymous.GetAsync("/openapi/v1.json").JsonAsync();

        var description = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("description").GetString();
        Assert.Contains("from 0 to 1,000,000,000", description);
        Assert.Contains("between 2000-01-01 and 2099-12-31, Vietnam time", description);
        Assert.Contains("at most 100 characters for ids and codes, 1000 for a procedure's name, 200 for other text", description);
    }

    [Fact]
    public async Task The_interactive_api_page_is_served_as_html_without_a_key()
    {
        using var anonymous = App.Client(null);

        using var response = await anonymous.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>KPI Actors API</title>", html);
        Assert.Contains("swagger-ui", html);
    }
}
