using KpiActors.Grains;
using Microsoft.AspNetCore.SignalR;

namespace KpiActors.Api.Live;

/// <summary>
/// This node's boards, as the notifiers of every silo reach them: registered with the cluster's list of nodes at
/// start and again every <see cref="IBoardNodesGrain.Refresh"/>, it passes what it is told to this node's hub, figures
/// to every board and full readings to the boards watching their province.
/// </summary>
public sealed class BoardNodeRelay(
    IGrainFactory grains,
    IHubContext<BoardHub, IBoardClient> hub,
    ILocalSiloDetails silo,
    ILogger<BoardNodeRelay> logger) : BackgroundService, IBoardNodeObserver
{
    private string Node => silo.SiloAddress.ToParsableString();

    public async Task ReadingsAsync(IReadOnlyList<IndicatorReading> readings)
    {
        await hub.Clients.Group(BoardHub.National).Figures(readings.Select(BoardFigure.Of).ToList());
        foreach (var province in readings.GroupBy(r => r.Province))
        {
            await hub.Clients.Group(BoardHub.ProvinceGroup(province.Key)).Readings(province.ToList());
        }
    }

    public Task AlertAsync(Alert alert) => hub.Clients.All.Alert(alert);

    public Task SilencesAsync(IReadOnlyList<Silence> silences) => hub.Clients.All.Silences(silences);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = grains.CreateObjectReference<IBoardNodeObserver>(this);
        var nodes = grains.GetGrain<IBoardNodesGrain>(0);
        using var timer = new PeriodicTimer(IBoardNodesGrain.Refresh);
        try
        {
            do
            {
                try
                {
                    await nodes.RegisterAsync(Node, self);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Registering this node's boards failed; trying again in {Refresh}", IBoardNodesGrain.Refresh);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }

        try
        {
            await nodes.UnregisterAsync(Node);
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Unregistering this node's boards failed; the list drops it when it stops refreshing");
        }
    }
}
