using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using KpiActors.TestSupport.Upgrade;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Upgrade;

/// <summary>
/// This release started on a database written by release 9 (tests/TestSupport/Upgrade): its schema becomes per-feature
/// parts in place, and everything users made there is found again through the API as the manifest says, its keys,
/// alerts (acknowledged, muted, pending), silences, subscriptions and outbox, targets, mappings and every figure. The
/// clock stands a minute after the last change the release made, and nothing is sent meanwhile, so that what is read
/// is what was kept, not what happened since.
/// </summary>
public abstract class UpgradeContract(StorageEngine engine) : IAsyncLifetime
{
    private readonly JsonElement _kept = Release9.Of(engine);
    private KpiApp _app = null!;

    public async Task InitializeAsync()
    {
        var lastChange = _kept.GetProperty("alerts").EnumerateArray()
            .SelectMany(a => new[] { "behindSince", "firedAt", "resolvedAt", "acknowledgedAt" }.Select(p => a.GetProperty(p)))
            .Where(t => t.ValueKind == JsonValueKind.String).Max(t => t.GetDateTimeOffset());
        _app = await KpiApp.StartAsync(engine, new Dictionary<string, string?>
        {
            ["Auth:BootstrapAdminKey"] = Release9.AdminKey,
            // As release 9's second run had it: its pending alert stays pending.
            ["Alerts:PendingFor"] = "1.00:00:00",
            ["Notifications:PollEvery"] = "01:00:00",
        }, await Release9.CopyAsync(engine), clock: new ManualClock(lastChange.AddMinutes(1)));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Admin() => _app.Client(Release9.AdminKey);

    [Fact]
    public async Task The_schema_is_adopted_as_the_first_step_of_every_part_and_the_old_version_table_goes()
    {
        var database = _app.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT ({database.CountTables("schema_version")}), (SELECT COUNT(*) FROM schema_history WHERE version = 1)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        // Ten parts, each with its first step: the nine that release 9 held and the reminders it did not.
        Assert.Equal((0L, 10L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public async Task Every_key_still_opens_what_it_opened_and_the_revoked_one_is_still_refused()
    {
        foreach (var key in _kept.GetProperty("keys").EnumerateArray())
        {
            using var client = _app.Client(key.GetProperty("key").GetString());
            var expected = key.GetProperty("revoked").GetBoolean() ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
            Assert.Equal((key.Text("name"), expected), (key.Text("name"), (await client.GetAsync("/api/v1/alerts")).StatusCode));
        }
    }

    [Fact]
    public async Task Every_alert_is_kept_with_its_state_acknowledgement_and_silence()
    {
        using var admin = Admin();
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000")).EnumerateArray().OrderBy(a => a.GetProperty("id").GetInt64());

        // A firing alert that had left "behind" is "recovering" now; none of the release's was.
        Assert.Equal(
            _kept.GetProperty("alerts").EnumerateArray().Select(Alert),
            listed.Select(Alert));

        static string Alert(JsonElement a) => string.Join(" ", a.GetProperty("id").GetInt64(), a.Text("province"), a.Text("indicator"), a.Text("period"),
            a.Text("state"), a.Text("status"), a.GetProperty("value").GetDouble(), a.GetProperty("firedAt").ToString(), a.GetProperty("resolvedAt").ToString(),
            a.GetProperty("silenceId").ToString(), a.GetProperty("acknowledgedBy").ToString());
    }

    [Fact]
    public async Task Every_silence_is_kept_with_who_made_it_why_and_who_ended_it()
    {
        using var admin = Admin();
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts/silences")).EnumerateArray().OrderBy(s => s.GetProperty("id").GetInt64());

        Assert.Equal(_kept.GetProperty("silences").EnumerateArray().Select(Silence), listed.Select(Silence));

        static string Silence(JsonElement s) => string.Join(" | ", s.GetProperty("id").GetInt64(), s.GetProperty("province").ToString(),
            s.GetProperty("indicator").ToString(), s.GetProperty("endsAt").GetDateTimeOffset().ToUnixTimeMilliseconds(), s.Text("reason"), s.Text("createdBy"),
            s.GetProperty("endedBy").ToString());
    }

    [Fact]
    public async Task Every_delivery_of_every_alert_is_kept_with_its_status_and_attempts()
    {
        using var admin = Admin();
        var kept = _kept.GetProperty("deliveries").EnumerateArray()
            .SelectMany(d => d.GetProperty("alerts").EnumerateArray().Select(a => (Alert: a.GetProperty("alertId").GetInt64(), Delivery: Delivery(d, a))))
            .ToList();
        var found = new List<(long Alert, string Delivery)>();
        foreach (var alert in kept.Select(k => k.Alert).Distinct())
        {
            var deliveries = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert}/deliveries")).EnumerateArray();
            found.AddRange(deliveries.Select(d => (alert, string.Join(" ", d.Text("id"), d.Text("subscription"), d.Text("status"), d.GetProperty("attempts").GetInt32(), d.Text("change")))));
        }

        Assert.Equal(kept.Order(), found.Order());

        static string Delivery(JsonElement d, JsonElement a) =>
            string.Join(" ", d.Text("key"), d.Text("subscription"), d.Text("status"), d.GetProperty("attempts").GetInt32(), a.Text("change"));
    }

    [Fact]
    public async Task Subscriptions_targets_and_mappings_are_kept()
    {
        using var admin = Admin();

        var subscriptions = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/subscriptions")).EnumerateArray().Select(s => $"{s.Text("id")} {s.Text("channel")} {s.Text("target")}");
        Assert.Equal(
            _kept.GetProperty("subscriptions").EnumerateArray().Where(s => s.GetProperty("deletedAt").ValueKind == JsonValueKind.Null)
                .Select(s => $"{s.Text("id")} {s.Text("channel")} {s.Text("target")}").Order(),
            subscriptions.Order());

        var targets = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/targets")).EnumerateArray();
        Assert.Equal(
            _kept.GetProperty("targets").EnumerateArray().Select(t => $"{t.Text("province")} {t.Text("indicator")} {t.GetProperty("target").GetProperty("value").GetDouble()}"),
            targets.Select(t => $"{t.Text("province")} {t.Text("indicator")} {t.GetProperty("target").GetProperty("value").GetDouble()}"));

        var mappings = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/province-mappings")).EnumerateArray();
        Assert.Equal(_kept.GetProperty("provinceMappings").GetArrayLength(), mappings.Count());
    }

    [Fact]
    public async Task Every_figure_reads_as_it_did_and_waking_the_grains_moves_no_alert()
    {
        using var admin = Admin();
        foreach (var period in _kept.GetProperty("board").EnumerateArray().GroupBy(f => (Period: f.Text("period"), Indicator: f.Text("indicator"))))
        {
            var board = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator={period.Key.Indicator}&period={period.Key.Period}");
            var read = board.GetProperty("provinces").EnumerateArray().ToDictionary(p => p.Text("province"));
            Assert.All(period, kept => Assert.Equal(
                (period.Key.Period, kept.Text("province"), kept.GetProperty("numerator").GetInt64(), kept.GetProperty("denominator").GetInt64(), kept.Text("status")),
                (period.Key.Period, kept.Text("province"), read[kept.Text("province")].GetProperty("numerator").GetInt64(),
                    read[kept.Text("province")].GetProperty("denominator").GetInt64(), read[kept.Text("province")].Text("status"))));
        }

        // Each woken grain read its open alert and found nothing to move: no event was written.
        var database = _app.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM alert_events";
        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync()));
    }
}

public sealed class UpgradeOnSqlite() : UpgradeContract(StorageEngine.Sqlite);

public sealed class UpgradeOnPostgres() : UpgradeContract(StorageEngine.Postgres);
