using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Operations;

/// <summary>
/// /metrics, Prometheus' text format through OpenTelemetry: the app's own meters next to Orleans' and ASP.NET Core's,
/// for the admin key or a scraper on this machine. The app runs as a process of its own: meters are static, so in this
/// test process every app running at the time would count into the same figures.
/// </summary>
public sealed class MetricsTests(SqliteAppProcess fixture) : IClassFixture<SqliteAppProcess>
{
    private AppProcess App => fixture.App;

    [Fact]
    public async Task After_three_batches_the_admin_key_scrapes_their_exact_counts_from_the_app_s_orleans_and_asp_net_core_meters()
    {
        using var admin = App.Client();
        foreach (var province in new[] { "01", "04", "08" })
        {
            Assert.Equal(new Receipt(37, 37, 0), await admin.PostAsync("/api/v1/dossiers", Wire.Json(Samples.SeptemberBatch(province))).ReceiptAsync());
        }

        // A batch is timed once it is answered, so its figure may reach the meter just after the answer.
        var samples = await Poll.UntilAsync(
            () => ScrapeAsync(admin), s => Value(s, "kpi_ingest_batch_duration_seconds_count") >= 3, TimeSpan.FromSeconds(30), "three timed batches");

        // KpiActors.Ingest: one commit per batch sent one after another, of 37 facts each.
        Assert.Equal(3, Value(samples, "kpi_ingest_batch_duration_seconds_count"));
        Assert.Equal(3, Value(samples, "kpi_ingest_commit_duration_seconds_count"));
        Assert.Equal(3, Value(samples, "kpi_ingest_commit_facts_count"));
        Assert.Equal(3 * 37, Value(samples, "kpi_ingest_commit_facts_sum"));
        var bounds = samples.Where(s => s.Name == "kpi_ingest_batch_duration_seconds_bucket").Select(s => s.Labels["le"]).ToList();
        Assert.Superset(new HashSet<string> { "0.01", "0.1", "1", "+Inf" }, bounds.ToHashSet());
        Assert.Equal(3, samples.Single(s => s.Name == "kpi_ingest_batch_duration_seconds_bucket" && s.Labels["le"] == "+Inf").Value);
        // KpiActors.Storage: one durable transaction per commit.
        Assert.Equal(3, Value(samples, "kpi_storage_durable_duration_seconds_count"));
        // Orleans: the two indicators a dossier feeds, in three provinces, each activated once.
        Assert.Equal(6, Value(samples, "orleans_catalog_activation_created_total", ("grain_type", "indicator")));
        // ASP.NET Core: the three requests, by their route.
        Assert.Equal(3, Value(samples, "http_server_request_duration_seconds_count",
            ("http_route", "/api/v1/dossiers"), ("http_request_method", "POST"), ("http_response_status_code", "200")));
    }

    [Fact]
    public async Task A_scraper_on_this_machine_reads_the_metrics_without_a_key()
    {
        using var anonymous = new HttpClient { BaseAddress = App.BaseAddress };

        using var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var samples = PrometheusSample.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(samples, s => s.Labels.GetValueOrDefault("otel_scope_name") == "Microsoft.Orleans");
    }

    [Fact]
    public async Task A_scrape_forwarded_by_a_proxy_is_not_local_and_needs_the_admin_key()
    {
        using var admin = App.Client();
        var created = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "viewer", role = "viewer" }).JsonAsync(HttpStatusCode.Created);
        using var anonymous = Forwarded(null);
        using var viewer = Forwarded(created.Text("key"));
        using var forwardedAdmin = Forwarded(KpiApp.AdminKey);

        var unauthorized = await anonymous.GetAsync("/metrics").ProblemAsync(HttpStatusCode.Unauthorized);
        var forbidden = await viewer.GetAsync("/metrics").ProblemAsync(HttpStatusCode.Forbidden);
        using var scraped = await forwardedAdmin.GetAsync("/metrics");

        Assert.Equal("An API key is required", unauthorized.Title);
        Assert.Equal("This key may not do that", forbidden.Title);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.NotEmpty(PrometheusSample.Parse(await scraped.Content.ReadAsStringAsync()));
    }

    private HttpClient Forwarded(string? key)
    {
        var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrometheusSample.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The one sample of that name whose labels include these; 0 when there is none yet.</summary>
    private static double Value(IEnumerable<PrometheusSample> samples, string name, params (string Label, string Value)[] labels) =>
        samples.SingleOrDefault(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value))?.Value ?? 0;
}
