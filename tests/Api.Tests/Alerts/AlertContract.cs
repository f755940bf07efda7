using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Alerts;

/// <summary>
/// Alerts kept by the grain that owns the figure, on a clock the test moves: pending while behind, firing after the pending
/// period, resolving after the keep-firing period out of "behind"; stored once, pushed to every board, acknowledged with
/// who and when. A deadline is acted on at the grain's first judgement after it (or by its reminder, which runs on real
/// time and is far off here): after moving the clock the test sends a dossier that changes no rate, and once that is
/// acknowledged the grain has judged, so "nothing happened" is a fact and not a wait.
/// </summary>
public abstract class AlertContract(StorageEngine engine) : IAsyncLifetime
{
    private static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan KeepFiringFor = TimeSpan.FromMinutes(30);

    private readonly ManualClock _clock = new(LiveMonth.NowWithRoom(TimeSpan.FromHours(4)));
    private KpiApp _app = null!;
    private int _nudges;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<KpiApp> StartAsync(string? connectionString = null, TimeSpan? pendingFor = null) => KpiApp.StartAsync(engine, new Dictionary<string, string?>
    {
        ["Alerts:PendingFor"] = (pendingFor ?? PendingFor).ToString(),
        ["Alerts:KeepFiringFor"] = KeepFiringFor.ToString(),
    }, connectionString, clock: _clock);

    private void Advance(TimeSpan by) => _clock.Set(_clock.GetUtcNow() + by);

    /// <summary>Makes the province's grains judge now: once this is acknowledged, whatever was due is done.</summary>
    private async Task NudgeAsync(string province)
    {
        using var client = _app.Client();
        (await client.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.InProgress(province, $"nudge-{++_nudges}") })).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> OnlyAlertAsync()
    {
        using var client = _app.Client();
        return Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
    }

    [Fact]
    public async Task Behind_for_the_pending_period_fires_once_and_out_of_it_for_the_keep_firing_period_resolves()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();

        // 40 resolved, 12 late: 70% on time, far below the 95% target.
        var behind = LiveTraffic.Resolved("79", onTime: 28, late: 12, prefix: "a");
        var fellBehindAt = _clock.GetUtcNow();
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();
        var pending = await board.NextAsync("Alert");
        Assert.Equal(("pending", "behind", "79", "ontime"), (pending.Text("state"), pending.Text("status"), pending.Text("province"), pending.Text("indicator")));
        Assert.Equal(0.7, pending.GetProperty("value").GetDouble(), 12);
        Assert.Equal(fellBehindAt, pending.GetProperty("behindSince").GetDateTimeOffset());

        // The same batch again changes nothing; a minute short of the pending period, nothing fires.
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();
        Advance(PendingFor - TimeSpan.FromMinutes(1));
        await NudgeAsync("79");
        Assert.Equal("pending", (await OnlyAlertAsync()).Text("state"));

        Advance(TimeSpan.FromMinutes(1));
        await NudgeAsync("79");
        var fired = await OnlyAlertAsync();
        Assert.Equal((pending.GetProperty("id").GetInt64(), "firing", _clock.GetUtcNow()),
            (fired.GetProperty("id").GetInt64(), fired.Text("state"), fired.GetProperty("firedAt").GetDateTimeOffset()));
        Assert.Equal("firing", (await board.NextAsync("Alert")).Text("state"));

        // 110 more early: 138 of 150 = 92%, out of "behind" (below 91% after it) but under the 95% target: at risk.
        var recovery = Enumerable.Range(0, 110).Select(i => LiveMonth.Resolved("79", $"b-{i}", late: false)).ToList();
        var leftAt = _clock.GetUtcNow();
        (await client.PostAsJsonAsync("/api/v1/dossiers", recovery)).EnsureSuccessStatusCode();
        var clearing = await board.NextAsync("Alert");
        Assert.Equal(("recovering", "at-risk", leftAt), (clearing.Text("state"), clearing.Text("status"), clearing.GetProperty("clearSince").GetDateTimeOffset()));

        Advance(KeepFiringFor - TimeSpan.FromMinutes(1));
        await NudgeAsync("79");
        Assert.Equal("recovering", (await OnlyAlertAsync()).Text("state"));
        Advance(TimeSpan.FromMinutes(1));
        await NudgeAsync("79");
        var resolved = await OnlyAlertAsync();
        Assert.Equal(("resolved", "at-risk", _clock.GetUtcNow(), fellBehindAt),
            (resolved.Text("state"), resolved.Text("status"), resolved.GetProperty("resolvedAt").GetDateTimeOffset(), resolved.GetProperty("behindSince").GetDateTimeOffset()));
        Assert.Equal(138.0 / 150, resolved.GetProperty("value").GetDouble(), 12);
        var pushed = await board.NextAsync("Alert");
        Assert.Equal(("resolved", "at-risk"), (pushed.Text("state"), pushed.Text("status")));
    }

    [Fact]
    public async Task A_province_that_leaves_behind_before_the_pending_period_ends_raises_nothing()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.PostResolvedAsync("31", onTime: 28, late: 12, prefix: "p");
        Assert.Equal("pending", (await board.NextAsync("Alert")).Text("state"));

        Advance(TimeSpan.FromMinutes(20));
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 400).Select(i => LiveMonth.Resolved("31", $"q-{i}", late: false)))).EnsureSuccessStatusCode();
        var normal = await board.NextAsync("Alert");
        Assert.Equal(("normal", "met"), (normal.Text("state"), normal.Text("status")));

        Advance(TimeSpan.FromHours(2));
        await NudgeAsync("31");
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).GetArrayLength());
    }

    [Fact]
    public async Task Falling_behind_again_within_the_keep_firing_period_keeps_the_one_alert_firing()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.PostResolvedAsync("92", onTime: 28, late: 12, prefix: "k");
        await board.NextAsync("Alert");
        Advance(PendingFor);
        await NudgeAsync("92");
        Assert.Equal("firing", (await board.NextAsync("Alert")).Text("state"));

        // Out to 92%, then back to 138 of 170 = 81% ten minutes later: the alert fires on and its keep-firing period restarts.
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 110).Select(i => LiveMonth.Resolved("92", $"l-{i}", late: false)))).EnsureSuccessStatusCode();
        Assert.Equal("recovering", (await board.NextAsync("Alert")).Text("state"));
        Advance(TimeSpan.FromMinutes(10));
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 20).Select(i => LiveMonth.Resolved("92", $"m-{i}", late: true)))).EnsureSuccessStatusCode();
        var again = await board.NextAsync("Alert");
        Assert.Equal(("firing", JsonValueKind.Null), (again.Text("state"), again.GetProperty("clearSince").ValueKind));

        Advance(KeepFiringFor + PendingFor);
        await NudgeAsync("92");
        var only = await OnlyAlertAsync();
        Assert.Equal(("firing", 138.0 / 170), (only.Text("state"), only.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_firing_alert_resolves_when_its_period_ends_with_the_period_s_last_figure()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.FallBehindAsync("01");
        await board.NextAsync("Alert");
        Advance(PendingFor);
        await NudgeAsync("01");
        Assert.Equal("firing", (await board.NextAsync("Alert")).Text("state"));

        var nextMonth = Domain.VietnamTime.StartOf(Domain.ReportingPeriod.Parse(LiveMonth.Period).LastDay.AddDays(1));
        _clock.Set(nextMonth.AddMinutes(5));
        await NudgeAsync("01");
        var resolved = await OnlyAlertAsync();
        Assert.Equal(("resolved", "behind", LiveMonth.Period, nextMonth.AddMinutes(5)),
            (resolved.Text("state"), resolved.Text("status"), resolved.Text("period"), resolved.GetProperty("resolvedAt").GetDateTimeOffset()));
        Assert.Equal(0.5, resolved.GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public async Task A_viewer_acknowledges_an_alert_and_every_board_sees_who_and_when()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var admin = _app.Client();
        await admin.PostResolvedAsync("92", onTime: 15, late: 20, prefix: "c");
        var id = (await board.NextAsync("Alert")).GetProperty("id").GetInt64();

        using var anonymous = _app.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);
        using var office = _app.Client(await _app.CreateKeyAsync("office", "92"));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);

        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        var response = await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var pushed = await board.NextAsync("Alert");
        Assert.Equal((id, "test viewer", _clock.GetUtcNow()), (pushed.GetProperty("id").GetInt64(), pushed.Text("acknowledgedBy"), pushed.GetProperty("acknowledgedAt").GetDateTimeOffset()));
        Assert.Equal(0, (await viewer.GetFromJsonAsync<JsonElement>("/api/v1/alerts?open=true")).GetArrayLength());

        // The grain's next move keeps who acknowledged: firing, the alert is still acknowledged by the viewer.
        Advance(PendingFor);
        await NudgeAsync("92");
        var fired = await OnlyAlertAsync();
        Assert.Equal(("firing", "test viewer"), (fired.Text("state"), fired.Text("acknowledgedBy")));

        var missing = await viewer.PostAsync("/api/v1/alerts/999999/acknowledge", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("there is no alert 999999", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_restart_that_replays_the_log_raises_nothing_twice()
    {
        await _app.DisposeAsync();
        _app = await StartAsync(pendingFor: TimeSpan.Zero);
        await using (var before = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey))
        {
            using var client = _app.Client();
            await client.PostResolvedAsync("96", onTime: 25, late: 25, prefix: "d");
            Assert.Equal("firing", (await before.NextAsync("Alert")).Text("state"));
        }

        var connection = _app.ConnectionString;
        await _app.DisposeAsync();
        _app = await StartAsync(connection, TimeSpan.Zero);
        using var restarted = _app.Client();

        // Waking the grain replays its log and judges the live period again: it finds its alert firing already.
        var board = await restarted.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={LiveMonth.Period}");
        Assert.Equal("behind", board.GetProperty("provinces").EnumerateArray().Single(p => p.Text("province") == "96").Text("status"));
        Advance(PendingFor + KeepFiringFor);
        await NudgeAsync("96");
        var alert = await OnlyAlertAsync();
        Assert.Equal("firing", alert.Text("state"));
        var deliveries = await restarted.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert.GetProperty("id").GetInt64()}/deliveries");
        Assert.Equal(0, deliveries.GetArrayLength());
    }

    [Fact]
    public async Task An_alert_change_reaches_every_board_exactly_once_and_its_acknowledgement_follows()
    {
        await using var first = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await using var second = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        HubClient[] boards = [first, second];
        foreach (var board in boards)
        {
            await board.InvokeAsync("WatchNational");
        }

        using var admin = _app.Client();
        // 40 resolved, 20 late: 50% on time, behind the 95% target. Then 10 more late: 40%, still behind, no change of alert.
        await admin.FallBehindAsync("31");
        var read = boards.Select(_ => new List<HubMessage>()).ToArray();
        for (var b = 0; b < boards.Length; b++)
        {
            read[b].AddRange(await boards[b].ReadUntilAsync(m => m.Target == "Alert"));
        }

        (await admin.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(40, 10).Select(i => LiveMonth.Resolved("31", $"e-{i}", late: true)))).EnsureSuccessStatusCode();
        var id = read[0][^1].Arguments[0].GetProperty("id").GetInt64();
        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        (await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).EnsureSuccessStatusCode();
        for (var b = 0; b < boards.Length; b++)
        {
            read[b].AddRange(await boards[b].ReadUntilAsync(m => m.Target == "Alert" && m.Arguments[0].GetProperty("acknowledgedBy").ValueKind == JsonValueKind.String));
        }

        // A last figure from another province: the notifier pushes one interval after another, so once a board has
        // it, it has everything pushed before, a second alert included, had there been one.
        (await admin.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.Resolved("33", "fence", late: false) })).EnsureSuccessStatusCode();
        for (var b = 0; b < boards.Length; b++)
        {
            read[b].AddRange(await boards[b].ReadUntilAsync(m => m.Target == "Figures" && OnTimeDenominator(m, "33") == 1));
        }

        foreach (var messages in read)
        {
            var alerts = messages.Where(m => m.Target == "Alert").Select(m => m.Arguments[0]).ToList();
            Assert.Equal(2, alerts.Count);
            Assert.All(alerts, a => Assert.Equal((id, "31", "ontime", "pending"), (a.GetProperty("id").GetInt64(), a.Text("province"), a.Text("indicator"), a.Text("state"))));
            Assert.Equal(0.5, alerts[0].GetProperty("value").GetDouble(), 12);
            Assert.Equal("test viewer", alerts[1].Text("acknowledgedBy"));
            Assert.Contains(messages, m => m.Target == "Figures" && OnTimeDenominator(m, "31") == 50);
        }

        var stored = await OnlyAlertAsync();
        Assert.Equal((id, "test viewer"), (stored.GetProperty("id").GetInt64(), stored.Text("acknowledgedBy")));
    }

    [Fact]
    public async Task A_target_set_for_a_province_reaches_the_boards_and_moves_its_alert_at_once()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await board.InvokeAsync("WatchNational");
        using var admin = _app.Client();
        // 30 of 40 on time, 75%: behind the default 95%, pending.
        await admin.PostResolvedAsync("46", onTime: 30, late: 10, prefix: "t");
        Assert.Equal("pending", (await board.NextAsync("Alert")).Text("state"));

        // 70% is the province's own target: 75% meets it. The write's answer comes once the grain has judged by it; the
        // alert's change is pushed at once, the figure with the next push of figures.
        (await admin.PutAsJsonAsync("/api/v1/admin/targets/46/ontime", new { value = 0.7, source = "Kế hoạch 12/KH-UBND" })).EnsureSuccessStatusCode();
        var dropped = await ReadAlertAndFigureAsync(board, 0.7);
        Assert.Equal(("normal", "met", "met"), (dropped.Alert.Text("state"), dropped.Alert.Text("status"), dropped.Figure.Text("status")));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).GetArrayLength());

        // Back to the default: 95% again, behind again.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/targets/46/ontime")).StatusCode);
        var again = await ReadAlertAndFigureAsync(board, 0.95);
        Assert.Equal(("pending", 0.95, "behind"), (again.Alert.Text("state"), again.Alert.GetProperty("target").GetDouble(), again.Figure.Text("status")));
    }

    /// <summary>The next alert change and the next figure of Huế's on-time rate judged by <paramref name="target"/>, in whichever order they come.</summary>
    private static async Task<(JsonElement Alert, JsonElement Figure)> ReadAlertAndFigureAsync(HubClient board, double target)
    {
        bool IsFigure(HubMessage m) => m.Target == "Figures" && FigureOf(m, "46") is { } f && f.GetProperty("target").GetDouble() == target;
        var read = await board.ReadUntilAsync(m => m.Target == "Alert");
        if (!read.Any(IsFigure))
        {
            read.AddRange(await board.ReadUntilAsync(IsFigure));
        }

        return (read.Last(m => m.Target == "Alert").Arguments[0], FigureOf(read.Last(IsFigure), "46")!.Value);
    }

    private static JsonElement? FigureOf(HubMessage figures, string province) =>
        figures.Arguments[0].EnumerateArray().Where(f => f.Text("province") == province && f.Text("indicator") == "ontime").Select(f => (JsonElement?)f).LastOrDefault();

    private static long? OnTimeDenominator(HubMessage figures, string province) => FigureOf(figures, province)?.GetProperty("denominator").GetInt64();
}

public sealed class AlertsOnSqlite() : AlertContract(StorageEngine.Sqlite);

public sealed class AlertsOnPostgres() : AlertContract(StorageEngine.Postgres);
