using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Live;

/// <summary>Alerts: raised on falling behind and on recovering, stored once, pushed to every board, acknowledged with who and when.</summary>
public abstract class AlertContract(StorageEngine engine) : IAsyncLifetime
{
    private KpiApp _app = null!;

    public async Task InitializeAsync() => _app = await KpiApp.StartAsync(engine);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Falling_behind_and_recovering_raise_one_alert_each_pushed_to_every_board()
    {
        await using var first = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await using var second = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var client = _app.Client();

        // 40 resolved, 12 late: 70% on time, far below the 95% target.
        var behind = Enumerable.Range(0, 40).Select(i => LiveMonth.Resolved("79", $"a-{i}", late: i < 12)).ToList();
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();
        var raised = await NextAlertAsync(first);
        Assert.Equal("behind", raised.GetProperty("kind").GetString());
        Assert.Equal("79", raised.GetProperty("province").GetString());
        Assert.Equal("ontime", raised.GetProperty("indicator").GetString());
        Assert.Equal(0.7, raised.GetProperty("value").GetDouble(), 12);
        Assert.Equal(raised.GetProperty("id").GetInt64(), (await NextAlertAsync(second)).GetProperty("id").GetInt64());

        // The same batch again changes nothing and raises nothing.
        (await client.PostAsJsonAsync("/api/v1/dossiers", behind)).EnsureSuccessStatusCode();

        // 400 more early: 428 of 440 on time = 97.3%.
        var recovery = Enumerable.Range(0, 400).Select(i => LiveMonth.Resolved("79", $"b-{i}", late: false)).ToList();
        (await client.PostAsJsonAsync("/api/v1/dossiers", recovery)).EnsureSuccessStatusCode();
        var recovered = await NextAlertAsync(first);
        Assert.Equal("recovered", recovered.GetProperty("kind").GetString());
        Assert.Equal(428.0 / 440, recovered.GetProperty("value").GetDouble(), 12);

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        Assert.Equal(new[] { "recovered", "behind" }, listed.EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToArray());
    }

    [Fact]
    public async Task A_viewer_acknowledges_an_alert_and_every_board_sees_who_and_when()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        using var admin = _app.Client();
        var rows = Enumerable.Range(0, 35).Select(i => LiveMonth.Resolved("92", $"c-{i}", late: i < 20)).ToList();
        (await admin.PostAsJsonAsync("/api/v1/dossiers", rows)).EnsureSuccessStatusCode();
        var id = (await NextAlertAsync(board)).GetProperty("id").GetInt64();

        using var anonymous = _app.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);
        using var office = _app.Client(await _app.CreateKeyAsync("office", "92"));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsync($"/api/v1/alerts/{id}/acknowledge", null)).StatusCode);

        using var viewer = _app.Client(await _app.CreateKeyAsync("viewer"));
        var before = DateTimeOffset.UtcNow;
        var response = await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var pushed = await NextAsync(board, "AlertAcknowledged");
        Assert.Equal(id, pushed.GetProperty("id").GetInt64());
        Assert.Equal("test viewer", pushed.GetProperty("acknowledgedBy").GetString());
        Assert.InRange(pushed.GetProperty("acknowledgedAt").GetDateTimeOffset(), before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var open = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/alerts?open=true");
        Assert.Equal(0, open.GetArrayLength());

        var missing = await viewer.PostAsync("/api/v1/alerts/999999/acknowledge", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("there is no alert 999999", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_restart_that_replays_the_log_raises_no_second_alert()
    {
        await using (var before = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey))
        {
            using var client = _app.Client();
            var rows = Enumerable.Range(0, 50).Select(i => LiveMonth.Resolved("96", $"d-{i}", late: i < 25)).ToList();
            (await client.PostAsJsonAsync("/api/v1/dossiers", rows)).EnsureSuccessStatusCode();
            await NextAlertAsync(before);
        }

        var connection = _app.ConnectionString;
        await _app.DisposeAsync();
        _app = await KpiApp.StartAsync(engine, connectionString: connection);
        using var restarted = _app.Client();

        // Waking the grain replays its log and judges the live period again; the alert must not repeat.
        var board = await restarted.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={LiveMonth.Period}");
        Assert.Equal("behind", board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == "96").GetProperty("status").GetString());
        await using var hub = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await hub.InvokeAsync("WatchNational");
        var alerts = await restarted.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        Assert.Equal(1, alerts.GetArrayLength());
    }

    [Fact]
    public async Task An_alert_a_grain_raises_reaches_every_board_exactly_once_and_its_acknowledgement_follows_as_AlertAcknowledged()
    {
        await using var first = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        await using var second = await HubClient.ConnectAsync(_app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        HubClient[] boards = [first, second];
        foreach (var board in boards)
        {
            await board.InvokeAsync("WatchNational");
        }

        using var admin = _app.Client();
        // 40 resolved, 20 late: 50% on time, behind the 95% target. Then 10 more late: 40%, still behind, no new alert.
        (await admin.PostAsJsonAsync("/api/v1/dossiers", Enumerable.Range(0, 40).Select(i => LiveMonth.Resolved("31", $"e-{i}", late: i < 20)))).EnsureSuccessStatusCode();
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
            read[b].AddRange(await ReadUntilAsync(boards[b], m => m.Target == "AlertAcknowledged"));
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
            var alert = Assert.Single(messages, m => m.Target == "Alert").Arguments[0];
            Assert.Equal((id, "31", "ontime", "behind"), (alert.GetProperty("id").GetInt64(), alert.Text("province"), alert.Text("indicator"), alert.Text("kind")));
            Assert.Equal(0.5, alert.GetProperty("value").GetDouble(), 12);
            var acknowledged = Assert.Single(messages, m => m.Target == "AlertAcknowledged").Arguments[0];
            Assert.Equal((id, "test viewer"), (acknowledged.GetProperty("id").GetInt64(), acknowledged.Text("acknowledgedBy")));
            Assert.Contains(messages, m => m.Target == "Figures" && OnTimeDenominator(m, "31") == 50);
        }

        var stored = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray());
        Assert.Equal((id, "test viewer"), (stored.GetProperty("id").GetInt64(), stored.Text("acknowledgedBy")));
    }

    private static Task<JsonElement> NextAlertAsync(HubClient hub) => NextAsync(hub, "Alert");

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

    private static async Task<JsonElement> NextAsync(HubClient hub, string target)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var message = await hub.Messages.ReadAsync(timeout.Token);
            if (message.Target == target)
            {
                return message.Arguments[0];
            }
        }
    }
}

public sealed class SqliteAlertTests() : AlertContract(StorageEngine.Sqlite);

public sealed class PostgresAlertTests() : AlertContract(StorageEngine.Postgres);
