using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Live;

/// <summary>What boards receive over the real SignalR JSON protocol, on both storage engines.</summary>
public abstract class BoardPushContract(StorageEngine engine) : IAsyncLifetime
{
    private KpiApp _app = null!;

    public async Task InitializeAsync() => _app = await KpiApp.StartAsync(engine);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Ten_thousand_events_for_one_province_arrive_as_a_few_messages_ending_with_the_exact_value()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress);
        Assert.Equal(34 * 4, (await board.WatchNationalAsync()).GetArrayLength());

        using var client = _app.Client();
        const int events = 10_000;
        const int batches = 20;
        foreach (var batch in Enumerable.Range(0, events).Chunk(events / batches))
        {
            // Every seventh dossier late: 1,429 late of 10,000.
            var rows = batch.Select(i => LiveMonth.Resolved("48", $"burst-{i}", late: i % 7 == 0)).ToList();
            (await client.PostAsJsonAsync("/api/v1/dossiers", rows)).EnsureSuccessStatusCode();
        }

        var final = await board.FigureAsync("48", "ontime", events);
        var messages = board.Seen.ToList();

        Assert.Equal(events - 1429, final.GetProperty("numerator").GetInt64());
        Assert.Equal((double)(events - 1429) / events, final.GetProperty("value").GetDouble(), 12);
        Assert.Equal("behind", final.GetProperty("status").GetString());
        // A national board is pushed figures, not the counts and legal sources of a province page.
        Assert.Equal(
            ["province", "indicator", "period", "value", "numerator", "denominator", "target", "status", "lastYearValue", "sequence"],
            final.EnumerateObject().Select(p => p.Name));

        // 85.7% on time is behind the 95% target: besides figures, every board gets that one alert, pending.
        var alerts = messages.Where(m => m.Target == "Alert").Select(m => m.Arguments[0]).ToList();
        Assert.Equal([("48", "ontime", "pending")], alerts.Select(a => (a.GetProperty("province").GetString(), a.GetProperty("indicator").GetString(), a.GetProperty("state").GetString())));
        messages.RemoveAll(m => m.Target == "Alert");
        Assert.All(messages, m => Assert.Equal("Figures", m.Target));

        // Pushes carry what changed since the last, coalesced: the province's figure moves once a commit, and a commit holds
        // one batch or more, so the board sees at most 20 values of it for 10,000 events, never going back. Grains activated
        // by joining publish their empty figures once, in a push that may come before the batches'. How many pushes a second
        // is the push interval's, and the benchmark's to measure.
        var pushed = messages.Select(m => HubClient.Figure(m, "48", "ontime")?.GetProperty("denominator").GetInt64()).OfType<long>().Where(d => d > 0).ToList();
        Assert.InRange(pushed.Distinct().Count(), 1, batches);
        Assert.Equal(pushed.Order(), pushed);
    }

    [Fact]
    public async Task Joining_again_answers_with_the_current_figures_not_only_what_came_after()
    {
        using var client = _app.Client();
        await client.PostResolvedAsync("01", onTime: 30, late: 10, prefix: "before");

        await using var board = await HubClient.ConnectAsync(_app.BaseAddress);
        var state = await board.InvokeAsync("WatchProvince", "ha-noi");

        var onTime = state.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "ontime");
        Assert.Equal(4, state.GetArrayLength());
        Assert.Equal(30, onTime.GetProperty("numerator").GetInt64());
        Assert.Equal(40, onTime.GetProperty("denominator").GetInt64());
        Assert.Equal("behind", onTime.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_watched_province_is_pushed_in_full_until_the_board_watches_another_or_stops()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress);
        await board.WatchNationalAsync();
        await board.InvokeAsync("WatchProvince", "ha-noi");
        using var client = _app.Client();

        await PostAsync(client, "01", 3);
        var (_, hanoi) = await UntilAsync(board, "Readings", "01", 3);
        Assert.Equal(3, hanoi.GetProperty("counts").GetProperty("received").GetInt64());
        Assert.Contains("Nghị định 61/2018/NĐ-CP", hanoi.GetProperty("targetSource").GetString());

        // Watching Hồ Chí Minh City instead: Hà Nội's next figures come without its full readings.
        await board.InvokeAsync("WatchProvince", "79");
        await PostAsync(client, "01", 1);
        var (hanoiFigures, _) = await UntilAsync(board, "Figures", "01", 4);
        await PostAsync(client, "79", 1);
        var (afterSwitch, saigon) = await UntilAsync(board, "Readings", "79", 1);
        Assert.Equal(1, saigon.GetProperty("counts").GetProperty("received").GetInt64());
        Assert.DoesNotContain(hanoiFigures.Concat(afterSwitch), m => m.Target == "Readings" && HubClient.Figure(m, "01", "ontime") is not null);

        // Stopped: Hồ Chí Minh City's figures still come, its full readings no longer.
        await board.InvokeAsync("StopWatchingProvince");
        await PostAsync(client, "79", 1);
        var (saigonFigures, _) = await UntilAsync(board, "Figures", "79", 2);
        await PostAsync(client, "01", 1);
        var (afterStop, _) = await UntilAsync(board, "Figures", "01", 5);
        Assert.DoesNotContain(saigonFigures.Concat(afterStop), m => m.Target == "Readings");
    }

    [Fact]
    public async Task An_unknown_province_is_refused_by_the_hub()
    {
        await using var board = await HubClient.ConnectAsync(_app.BaseAddress);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => board.InvokeAsync("WatchProvince", "atlantis"));

        Assert.Contains("'atlantis' is not a province", error.Message);
    }

    private static Task<Receipt> PostAsync(HttpClient client, string province, int count) =>
        client.PostResolvedAsync(province, onTime: count, late: 0, prefix: $"watch-{Guid.NewGuid():N}");

    /// <summary>
    /// Reads on until a message to <paramref name="target"/> carries the province's on-time figure at
    /// <paramref name="denominator"/> dossiers resolved; returns what was read on the way, and that figure.
    /// </summary>
    private static async Task<(IReadOnlyList<HubMessage> Read, JsonElement OnTime)> UntilAsync(HubClient board, string target, string province, long denominator)
    {
        var read = await board.ReadUntilAsync(
            m => m.Target == target && HubClient.Figure(m, province, "ontime")?.GetProperty("denominator").GetInt64() == denominator,
            $"a '{target}' message with {province}'s on-time figure at {denominator}");
        return (read, HubClient.Figure(read[^1], province, "ontime")!.Value);
    }
}

public sealed class BoardPushOnSqlite() : BoardPushContract(StorageEngine.Sqlite);

public sealed class BoardPushOnPostgres() : BoardPushContract(StorageEngine.Postgres);
