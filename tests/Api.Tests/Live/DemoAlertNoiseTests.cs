using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Api.Hosting;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Live;

/// <summary>
/// What a new user sees first: the demo's traffic, whose provinces drift across their targets and back, on the default
/// alert settings. Its first ten minutes of live clock pass in one real minute.
/// </summary>
public sealed class DemoAlertNoiseTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Watched = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_demo_s_first_ten_minutes_raise_no_alert_for_a_province_and_indicator_more_than_once()
    {
        var clock = new AcceleratedClock(10);
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?>(),
            services: services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddHostedService<DemoTraffic>();
            });
        await using var board = await HubClient.ConnectAsync(app.BaseAddress, "/hubs/board", KpiApp.AdminKey);
        var started = clock.GetUtcNow();

        // The watch ends on the accelerated clock itself: a real-time timer of a tenth of the span can fire a hair
        // before the clock has passed all of it.
        var changes = new List<JsonElement>();
        while (clock.GetUtcNow() - started < Watched)
        {
            using var waiting = new CancellationTokenSource((Watched - (clock.GetUtcNow() - started)) / 10 + TimeSpan.FromMilliseconds(50));
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

        var byKey = changes.GroupBy(a => (a.Text("province"), a.Text("indicator"))).ToList();
        output.WriteLine($"{changes.Count} alert changes for {byKey.Count} (province, indicator): " +
            string.Join(", ", byKey.Select(k => $"{k.Key.Item1}/{k.Key.Item2} {string.Join(">", k.Select(a => a.Text("state")))}")));

        // Provinces did fall behind (the demo is not quiet), and none of them fired twice, nor is recorded twice.
        Assert.NotEmpty(changes);
        Assert.All(byKey, key => Assert.True(key.Count(a => a.Text("state") == "firing") <= 1, $"{key.Key} fired more than once"));
        using var client = app.Client();
        var stored = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000");
        Assert.All(stored.EnumerateArray().GroupBy(a => (a.Text("province"), a.Text("indicator"))), key => Assert.Single(key));
    }
}
