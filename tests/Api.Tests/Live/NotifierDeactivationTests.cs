using KpiActors.Grains;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Live;

/// <summary>
/// The notifier holds what grains reported until its next push, in memory. An activation that goes before then (Orleans
/// collects it, or its silo stops) must push what it holds first, or boards keep stale figures and alerts are lost.
/// </summary>
public sealed class NotifierDeactivationTests
{
    [Fact]
    public async Task Figures_the_notifier_holds_reach_the_board_when_it_is_deactivated_before_its_next_push()
    {
        // Pushing once an hour: within the test only a deactivation can push.
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?> { ["Board:PushInterval"] = "01:00:00" });
        await using var board = await HubClient.ConnectAsync(app.BaseAddress);
        await board.WatchNationalAsync();
        var pushed = board.FigureAsync("01", "ontime", denominator: 5);
        using var client = app.Client();
        await client.PostResolvedAsync("01", onTime: 5, late: 0, prefix: "held");

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        await Poll.UntilAsync(async () =>
        {
            // Collects what has been idle for a second, the notifier once nothing has reported to it for that long. The
            // list of nodes is asked first so that it is not idle: collected, it would forget this node for a while.
            await grains.GetGrain<IBoardNodesGrain>(0).ListAsync();
            await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.FromSeconds(1));
            return pushed.IsCompleted;
        }, TimeSpan.FromSeconds(60), "what the notifier held to reach the board once it was collected");

        var figure = await pushed;
        Assert.Equal(5, figure.GetProperty("numerator").GetInt64());
        Assert.Equal(1.0, figure.GetProperty("value").GetDouble());
    }
}
