using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Live;

/// <summary>
/// Between grains and boards. Live readings are coalesced per grain and pushed once per interval, however
/// fast deltas arrive: to every board as figures, and in full to the boards watching that province. A change
/// of status into or out of "behind" becomes an alert, stored and pushed to every board at once.
/// </summary>
public sealed class BoardNotifier(
    IHubContext<BoardHub, IBoardClient> hub,
    SqlAlertStore alerts,
    TimeProvider clock,
    IOptions<BoardOptions> options,
    ILogger<BoardNotifier> logger) : BackgroundService, IIndicatorObserver
{
    private readonly object _gate = new();
    private readonly Channel<IndicatorReading> _alertChanges = Channel.CreateUnbounded<IndicatorReading>(new UnboundedChannelOptions { SingleReader = true });
    private Dictionary<IndicatorKey, IndicatorReading> _pending = [];

    public void OnLiveReading(IndicatorReading reading, TargetStatus? previousStatus)
    {
        lock (_gate)
        {
            _pending[new IndicatorKey(reading.Province, reading.Indicator)] = reading;
        }

        if (AlertKind(previousStatus, reading.Status) is not null)
        {
            _alertChanges.Writer.TryWrite(reading);
        }
    }

    /// <summary>"behind" on falling behind; "recovered" on leaving it for a judged status (not for "not enough data").</summary>
    public static string? AlertKind(TargetStatus? previous, TargetStatus current) => (previous, current) switch
    {
        (not TargetStatus.Behind, TargetStatus.Behind) => AlertKinds.Behind,
        (TargetStatus.Behind, TargetStatus.Met or TargetStatus.OnTrack or TargetStatus.AtRisk) => AlertKinds.Recovered,
        _ => null,
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PushReadingsAsync(stoppingToken), RaiseAlertsAsync(stoppingToken));

    private async Task PushReadingsAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Dictionary<IndicatorKey, IndicatorReading> batch;
                lock (_gate)
                {
                    if (_pending.Count == 0)
                    {
                        continue;
                    }

                    batch = _pending;
                    _pending = [];
                }

                try
                {
                    await hub.Clients.Group(BoardHub.National).Figures(batch.Values.Select(BoardFigure.Of).ToList());
                    foreach (var province in batch.Values.GroupBy(r => r.Province))
                    {
                        await hub.Clients.Group(BoardHub.ProvinceGroup(province.Key)).Readings(province.ToList());
                    }
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Pushing {Count} figures to boards failed", batch.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RaiseAlertsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var reading in _alertChanges.Reader.ReadAllAsync(stoppingToken))
            {
                var kind = reading.Status == TargetStatus.Behind ? AlertKinds.Behind : AlertKinds.Recovered;
                try
                {
                    var alert = await alerts.RaiseAsync(reading.Province, reading.Indicator, reading.Period, kind, reading.Value, reading.Target,
                        clock.GetUtcNow(), stoppingToken);
                    if (alert is not null)
                    {
                        await hub.Clients.All.Alert(alert);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Raising a '{Kind}' alert for {Province}/{Indicator} failed", kind, reading.Province, reading.Indicator);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
