using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Api.Hosting;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Alerts;

/// <summary>
/// What a new user sees first: the demo's traffic, whose provinces drift across their targets and back, on the default
/// alert settings (30 minutes pending, 30 minutes keeping a firing alert). Its first two hours of live clock pass in
/// a little over a real minute: long enough for alerts to fire, and for a noisy one to fire again.
/// </summary>
public sealed class DemoAlertNoiseTests(ITestOutputHelper output)
{
    private const double Speed = 100;
    private static readonly TimeSpan Watched = TimeSpan.FromHours(2);

    /// <summary>The least a figure can take from one firing to the next: out of "behind" for the keep-firing period, then behind for the pending period.</summary>
    private static readonly TimeSpan LeastBetweenFirings = TimeSpan.FromMinutes(30 + 30);

    [Fact]
    public async Task The_demo_s_first_two_hours_fire_alerts_and_none_again_sooner_than_keep_firing_and_pending_allow()
    {
        var clock = new AcceleratedClock(Speed);
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, services: services => services.AddHostedService<DemoTraffic>(), clock: clock);
        await using var board = await HubClient.ConnectAsync(app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        var started = clock.GetUtcNow();

        var changes = new List<JsonElement>();
        while (clock.GetUtcNow() - started < Watched)
        {
            using var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                var message = await board.Messages.ReadAsync(waiting.Token);
                if (message.Target == "Alert")
                {
                    changes.Add(message.Arguments[0]);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        var firings = changes.Where(a => a.Text("state") == "firing" && a.GetProperty("clearSince").ValueKind == JsonValueKind.Null)
            .DistinctBy(a => a.GetProperty("id").GetInt64())
            .GroupBy(a => (a.Text("province"), a.Text("indicator")))
            .ToDictionary(k => k.Key, k => k.Select(a => a.GetProperty("firedAt").GetDateTimeOffset()).Order().ToList());
        output.WriteLine($"{changes.Count} alert changes; firings: " +
            string.Join(", ", firings.Select(k => $"{k.Key.Item1}/{k.Key.Item2} at {string.Join(", ", k.Value.Select(t => $"{(t - started).TotalMinutes:0} min"))}")));

        // Alerts did fire (the demo is not quiet), and no figure fired again sooner than the rules allow.
        Assert.NotEmpty(firings);
        Assert.All(firings, key => Assert.All(key.Value.Zip(key.Value.Skip(1)), pair =>
            Assert.True(pair.Second - pair.First >= LeastBetweenFirings, $"{key.Key} fired again after {(pair.Second - pair.First).TotalMinutes:0} minutes")));

        // Each firing the boards were told of is a stored alert that fired then, once.
        using var client = app.Client();
        var stored = (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000")).EnumerateArray()
            .Where(a => a.GetProperty("firedAt").ValueKind == JsonValueKind.String)
            .ToDictionary(a => a.GetProperty("id").GetInt64(), a => a.GetProperty("firedAt").GetDateTimeOffset());
        var pushed = changes.Where(a => a.GetProperty("firedAt").ValueKind == JsonValueKind.String)
            .Select(a => (Id: a.GetProperty("id").GetInt64(), FiredAt: a.GetProperty("firedAt").GetDateTimeOffset())).Distinct().ToList();
        Assert.Equal(pushed.Count, pushed.Select(p => p.Id).Distinct().Count());
        Assert.All(pushed, p => Assert.Equal(p.FiredAt, stored[p.Id]));
    }
}
