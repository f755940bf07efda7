using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Alerts;

/// <summary>Silences: who may mute what, what a muted alert still is (recorded, shown, marked, never sent), and what is kept of them.</summary>
public abstract class SilenceContract(StorageEngine engine) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(LiveMonth.NowWithRoom(TimeSpan.FromHours(4)));
    private KpiApp _app = null!;

    public async Task InitializeAsync() => _app = await KpiApp.StartAsync(engine, new Dictionary<string, string?>
    {
        ["Alerts:PendingFor"] = "00:30:00",
    }, clock: _clock);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_silenced_province_s_alert_fires_muted_and_every_board_sees_the_silence_and_its_end()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress);
        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        var endsAt = _clock.GetUtcNow().AddHours(2);
        var response = await viewer.PostAsJsonAsync("/api/v1/alerts/silences",
            new { province = "Hải Phòng", endsAt = endsAt.ToString("o"), reason = "Sở đang chuyển hệ thống một cửa" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var silence = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = silence.GetProperty("id").GetInt64();
        Assert.Equal(("31", JsonValueKind.Null, "test viewer", endsAt), (silence.Text("province"), silence.GetProperty("indicator").ValueKind,
            silence.Text("createdBy"), silence.GetProperty("endsAt").GetDateTimeOffset()));
        Assert.Equal(id, Assert.Single((await board.NextAsync("Silences")).EnumerateArray()).GetProperty("id").GetInt64());

        using var admin = _app.Client();
        // Nothing need listen there: what matters is what is written to the outbox, not what arrives.
        (await admin.PostAsJsonAsync("/api/v1/subscriptions", new { channel = "webhook", target = "https://hooks.example.vn/kpi" })).EnsureSuccessStatusCode();
        await admin.FallBehindAsync("31");
        await admin.FallBehindAsync("01");
        await Poll.UntilAsync(() => admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts"), a => a.GetArrayLength() == 2, TimeSpan.FromSeconds(30), "both alerts pending");
        _clock.Set(_clock.GetUtcNow().AddMinutes(30));
        // Each grain acts on its passed deadline when it next judges: a dossier that moves no rate makes it judge.
        (await admin.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.InProgress("31", "nudge-31"), LiveMonth.InProgress("01", "nudge-01") }))
            .EnsureSuccessStatusCode();
        var fired = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray().ToList();

        // Both fire and are recorded; only Hà Nội's is sent.
        Assert.Equal([("01", "firing", (long?)null), ("31", "firing", id)],
            fired.Select(a => (a.Text("province"), a.Text("state"), a.GetProperty("silenceId").ValueKind == JsonValueKind.Null ? null : (long?)a.GetProperty("silenceId").GetInt64()))
                .OrderBy(a => a.Item1));
        var deliveries = new Dictionary<string, int>();
        foreach (var alert in fired)
        {
            var alertId = alert.GetProperty("id").GetInt64();
            deliveries[alert.Text("province")] = alert.Text("province") == "01"
                ? (await Poll.UntilAsync(() => admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/deliveries"), d => d.GetArrayLength() > 0,
                    TimeSpan.FromSeconds(30), "Hà Nội's delivery")).GetArrayLength()
                : (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/deliveries")).GetArrayLength();
        }

        Assert.Equal(new Dictionary<string, int> { ["01"] = 1, ["31"] = 0 }, deliveries);

        var ended = await viewer.DeleteAsync($"/api/v1/alerts/silences/{id}");
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var endedBody = await ended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("test viewer", _clock.GetUtcNow()), (endedBody.Text("endedBy"), endedBody.GetProperty("endsAt").GetDateTimeOffset()));
        Assert.Equal(0, (await board.NextAsync("Silences")).GetArrayLength());
        Assert.Equal(0, (await viewer.GetFromJsonAsync<JsonElement>("/api/v1/alerts/silences?active=true")).GetArrayLength());
        var kept = Assert.Single((await viewer.GetFromJsonAsync<JsonElement>("/api/v1/alerts/silences")).EnumerateArray());
        Assert.Equal((id, "Sở đang chuyển hệ thống một cửa", "test viewer"), (kept.GetProperty("id").GetInt64(), kept.Text("reason"), kept.Text("endedBy")));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.DeleteAsync("/api/v1/alerts/silences/999999")).StatusCode);
    }

    [Fact]
    public async Task A_silence_that_names_nothing_ends_in_the_past_or_has_no_reason_is_refused_naming_each_field_and_nothing_is_kept()
    {
        using var admin = _app.Client();
        var problem = await admin.PostAsJsonAsync("/api/v1/alerts/silences", new { endsAt = _clock.GetUtcNow().AddMinutes(-1).ToString("o") })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new(null, "province"), new(null, "endsAt"), new(null, "reason")], problem.Errors);

        problem = await admin.PostAsJsonAsync("/api/v1/alerts/silences",
            new { province = "Atlantis", indicator = "speed", endsAt = "tomorrow", reason = "x" }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new(null, "province"), new(null, "indicator"), new(null, "endsAt")], problem.Errors);

        problem = await admin.PostAsJsonAsync("/api/v1/alerts/silences",
            new { indicator = "ontime", endsAt = _clock.GetUtcNow().AddDays(400).ToString("o"), reason = "cả năm" }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 366 days away", problem.Body.ToString());

        // The first instant there is, in Vietnam time, is before the first there is in UTC: refused, not a 500.
        problem = await admin.PostAsJsonAsync("/api/v1/alerts/silences",
            new { indicator = "ontime", endsAt = "0001-01-01T00:00:00", reason = "x" }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new(null, "endsAt")], problem.Errors);

        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts/silences")).GetArrayLength());
    }

    [Fact]
    public async Task An_office_key_or_no_key_may_not_silence()
    {
        var body = new { indicator = "ontime", endsAt = _clock.GetUtcNow().AddHours(1).ToString("o"), reason = "bảo trì" };
        using var office = _app.Client(await _app.CreateKeyAsync("office", "31"));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/alerts/silences", body)).StatusCode);
        using var anonymous = _app.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/alerts/silences", body)).StatusCode);

        // Without an offset, the time is Vietnam's, as everywhere in the API.
        using var admin = _app.Client();
        var local = _clock.GetUtcNow().AddHours(1).ToOffset(RecountRules.Vietnam);
        var created = await admin.PostAsJsonAsync("/api/v1/alerts/silences", body with { endsAt = local.ToString("yyyy-MM-ddTHH:mm:ss") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(local, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endsAt").GetDateTimeOffset());
    }
}

public sealed class SilenceOnSqlite() : SilenceContract(StorageEngine.Sqlite);

public sealed class SilenceOnPostgres() : SilenceContract(StorageEngine.Postgres);
