using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Api.Alerts;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Live;

/// <summary>
/// Alerts on a clock the test moves: pending while behind, firing after the pending period, resolving after the keep-firing
/// period out of "behind"; stored once, pushed to every board, acknowledged with who and when. The evaluator runs only when
/// a test asks, so that "nothing happened" is a fact and not a wait.
/// </summary>
public abstract class AlertContract(StorageEngine engine) : IAsyncLifetime
{
    private static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan KeepFiringFor = TimeSpan.FromMinutes(30);

    private readonly ManualClock _clock = new(LiveMonth.NowWithRoom(TimeSpan.FromHours(4)));
    private KpiApp _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<KpiApp> StartAsync(string? connectionString = null, TimeSpan? pendingFor = null) => KpiApp.StartAsync(engine, new Dictionary<string, string?>
    {
        ["Alerts:PendingFor"] = (pendingFor ?? PendingFor).ToString(),
        ["Alerts:KeepFiringFor"] = KeepFiringFor.ToString(),
        ["Alerts:EvaluateEvery"] = "10:00:00",
    }, connectionString, services => services.AddSingleton<TimeProvider>(_clock));

    private Task<IReadOnlyList<Alert>> EvaluateAsync() => _app.Services.GetRequiredService<AlertEvaluator>().EvaluateAsync();

    private void Advance(TimeSpan by) => _clock.Set(_clock.GetUtcNow() + by);

    [Fact]
    public async Task Behind_for_the_pending_period_fires_once_and_out_of_it_for_the_keep_firing_period_resolves()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();

        // 40 resolved, 12 late: 70% on time, far below the 95% target.
        var behind = LiveTraffic.Resolved("79", onTime: 28, late: 12, prefix: "a");
        var fellBehindAt = _clock.GetUtcNow();
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();
        var pending = await NextAlertAsync(board);
        Assert.Equal(("pending", "behind", "79", "ontime"), (pending.Text("state"), pending.Text("status"), pending.Text("province"), pending.Text("indicator")));
        Assert.Equal(0.7, pending.GetProperty("value").GetDouble(), 12);
        Assert.Equal(fellBehindAt, pending.GetProperty("behindSince").GetDateTimeOffset());

        // The same batch again changes nothing; a minute short of the pending period, nothing fires.
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();
        Advance(PendingFor - TimeSpan.FromMinutes(1));
        Assert.Empty(await EvaluateAsync());

        Advance(TimeSpan.FromMinutes(1));
        var fired = Assert.Single(await EvaluateAsync());
        Assert.Equal((pending.GetProperty("id").GetInt64(), AlertState.Firing, _clock.GetUtcNow()), (fired.Id, fired.State, fired.FiredAt));
        Assert.Equal("firing", (await NextAlertAsync(board)).Text("state"));
        Assert.Empty(await EvaluateAsync());

        // 110 more early: 138 of 150 = 92%, out of "behind" (below 91% after it) but under the 95% target: at risk.
        var recovery = Enumerable.Range(0, 110).Select(i => LiveMonth.Resolved("79", $"b-{i}", late: false)).ToList();
        var leftAt = _clock.GetUtcNow();
        (await client.PostAsJsonAsync("/api/v1/dossiers", recovery)).EnsureSuccessStatusCode();
        var clearing = await NextAlertAsync(board);
        Assert.Equal(("firing", "at-risk", leftAt), (clearing.Text("state"), clearing.Text("status"), clearing.GetProperty("clearSince").GetDateTimeOffset()));

        Advance(KeepFiringFor - TimeSpan.FromMinutes(1));
        Assert.Empty(await EvaluateAsync());
        Advance(TimeSpan.FromMinutes(1));
        var resolved = Assert.Single(await EvaluateAsync());
        Assert.Equal((AlertState.Resolved, TargetStatus.AtRisk, _clock.GetUtcNow()), (resolved.State, resolved.Status, resolved.ResolvedAt));
        Assert.Equal(138.0 / 150, resolved.Value!.Value, 12);
        var pushed = await NextAlertAsync(board);
        Assert.Equal(("resolved", "at-risk"), (pushed.Text("state"), pushed.Text("status")));

        var listed = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
        Assert.Equal(("resolved", fellBehindAt), (listed.Text("state"), listed.GetProperty("behindSince").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A_province_that_leaves_behind_before_the_pending_period_ends_raises_nothing()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.PostResolvedAsync("31", onTime: 28, late: 12, prefix: "p");
        Assert.Equal("pending", (await NextAlertAsync(board)).Text("state"));

        Advance(TimeSpan.FromMinutes(20));
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 400).Select(i => LiveMonth.Resolved("31", $"q-{i}", late: false)))).EnsureSuccessStatusCode();
        var normal = await NextAlertAsync(board);
        Assert.Equal(("normal", "met"), (normal.Text("state"), normal.Text("status")));

        Advance(TimeSpan.FromHours(2));
        Assert.Empty(await EvaluateAsync());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).GetArrayLength());
    }

    [Fact]
    public async Task Falling_behind_again_within_the_keep_firing_period_keeps_the_one_alert_firing()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.PostResolvedAsync("92", onTime: 28, late: 12, prefix: "k");
        await NextAlertAsync(board);
        Advance(PendingFor);
        Assert.Equal(AlertState.Firing, Assert.Single(await EvaluateAsync()).State);
        await NextAlertAsync(board);

        // Out to 92%, then back to 138 of 170 = 81% ten minutes later: the alert keeps firing and its keep-firing period restarts.
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 110).Select(i => LiveMonth.Resolved("92", $"l-{i}", late: false)))).EnsureSuccessStatusCode();
        Assert.NotNull((await NextAlertAsync(board)).GetProperty("clearSince").GetString());
        Advance(TimeSpan.FromMinutes(10));
        (await client.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 20).Select(i => LiveMonth.Resolved("92", $"m-{i}", late: true)))).EnsureSuccessStatusCode();
        var again = await NextAlertAsync(board);
        Assert.Equal(("firing", JsonValueKind.Null), (again.Text("state"), again.GetProperty("clearSince").ValueKind));

        Advance(KeepFiringFor + PendingFor);
        Assert.Empty(await EvaluateAsync());
        var only = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
        Assert.Equal(("firing", 138.0 / 170), (only.Text("state"), only.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_firing_alert_resolves_when_its_period_ends_with_the_period_s_last_figure()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();
        await client.FallBehindAsync("01");
        await NextAlertAsync(board);
        Advance(PendingFor);
        Assert.Single(await EvaluateAsync());

        var nextMonth = VietnamTime.StartOf(ReportingPeriod.Parse(LiveMonth.Period).LastDay.AddDays(1));
        _clock.Set(nextMonth.AddMinutes(5));
        var resolved = Assert.Single(await EvaluateAsync());
        Assert.Equal((AlertState.Resolved, TargetStatus.Behind, LiveMonth.Period), (resolved.State, resolved.Status, resolved.Period));
        Assert.Equal(0.5, resolved.Value!.Value, 12);
    }

    [Fact]
    public async Task A_viewer_acknowledges_an_alert_and_every_board_sees_who_and_when()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var admin = _app.Client();
        await admin.PostResolvedAsync("92", onTime: 15, late: 20, prefix: "c");
        var id = (await NextAlertAsync(board)).GetProperty("id").GetInt64();

        using var anonymous = _app.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);
        using var office = _app.Client(await _app.CreateKeyAsync("office", "92"));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);

        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        var response = await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var pushed = await NextAlertAsync(board);
        Assert.Equal((id, "test viewer", _clock.GetUtcNow()), (pushed.GetProperty("id").GetInt64(), pushed.Text("acknowledgedBy"), pushed.GetProperty("acknowledgedAt").GetDateTimeOffset()));
        Assert.Equal(0, (await viewer.GetFromJsonAsync<JsonElement>("/api/v1/alerts?open=true")).GetArrayLength());

        var missing = await viewer.PostAsync("/api/v1/alerts/999999/acknowledge", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("there is no alert 999999", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_restart_that_replays_the_log_raises_nothing_twice()
    {
        // The clock stays put until the restart: Orleans' membership keeps its times on this clock too, and a silo
        // restarted after it jumped half an hour was stopped by its membership. So this alert fires at once.
        await _app.DisposeAsync();
        _app = await StartAsync(pendingFor: TimeSpan.Zero);
        await using (var before = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey))
        {
            using var client = _app.Client();
            await client.PostResolvedAsync("96", onTime: 25, late: 25, prefix: "d");
            await NextAlertAsync(before);
            Assert.Single(await EvaluateAsync());
        }

        var connection = _app.ConnectionString;
        await _app.DisposeAsync();
        _app = await StartAsync(connection, TimeSpan.Zero);
        using var restarted = _app.Client();

        // Waking the grain replays its log and judges the live period again, a first judgement the alerts are told of.
        var board = await restarted.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={LiveMonth.Period}");
        Assert.Equal("behind", board.GetProperty("provinces").EnumerateArray().Single(p => p.Text("province") == "96").Text("status"));
        await using var hub = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await hub.InvokeAsync("WatchNational");
        Advance(PendingFor + KeepFiringFor);
        Assert.Empty(await EvaluateAsync());
        var alert = Assert.Single((await restarted.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
        Assert.Equal("firing", alert.Text("state"));
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
            read[b].AddRange(await ReadUntilAsync(boards[b], m => m.Target == "Alert"));
        }

        (await admin.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(40, 10).Select(i => LiveMonth.Resolved("31", $"e-{i}", late: true)))).EnsureSuccessStatusCode();
        var id = read[0][^1].Arguments[0].GetProperty("id").GetInt64();
        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        (await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).EnsureSuccessStatusCode();
        for (var b = 0; b < boards.Length; b++)
        {
            read[b].AddRange(await ReadUntilAsync(boards[b], m => m.Target == "Alert" && m.Arguments[0].GetProperty("acknowledgedBy").ValueKind == JsonValueKind.String));
        }

        // A last figure from another province: the notifier pushes one interval after another, so once a board has
        // it, it has everything pushed before, a second alert included, had there been one.
        (await admin.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.Resolved("33", "fence", late: false) })).EnsureSuccessStatusCode();
        for (var b = 0; b < boards.Length; b++)
        {
            read[b].AddRange(await ReadUntilAsync(boards[b], m => m.Target == "Figures" && OnTimeDenominator(m, "33") == 1));
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

        var stored = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
        Assert.Equal((id, "test viewer"), (stored.GetProperty("id").GetInt64(), stored.Text("acknowledgedBy")));
    }

    private static async Task<JsonElement> NextAlertAsync(HubClient hub)
    {
        var messages = await ReadUntilAsync(hub, m => m.Target == "Alert");
        return messages[^1].Arguments[0];
    }

    /// <summary>The messages read up to and including the first that <paramref name="last"/> accepts.</summary>
    private static async Task<List<HubMessage>> ReadUntilAsync(HubClient hub, Func<HubMessage, bool> last)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var read = new List<HubMessage>();
        while (true)
        {
            var message = await hub.Messages.ReadAsync(timeout.Token);
            read.Add(message);
            if (last(message))
            {
                return read;
            }
        }
    }

    private static long? OnTimeDenominator(HubMessage figures, string province) =>
        figures.Arguments[0].EnumerateArray()
            .Where(f => f.Text("province") == province && f.Text("indicator") == "ontime")
            .Select(f => (long?)f.GetProperty("denominator").GetInt64())
            .LastOrDefault();
}

public sealed class SqliteAlertTests() : AlertContract(StorageEngine.Sqlite);

public sealed class PostgresAlertTests() : AlertContract(StorageEngine.Postgres);
