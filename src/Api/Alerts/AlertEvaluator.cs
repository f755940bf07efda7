using KpiActors.Api.Notifications;
using KpiActors.Domain;
using KpiActors.Grains;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Alerts;

/// <summary>
/// On every node, now and then: fires the pending alerts that stayed behind for the pending period and resolves the
/// firing ones that stayed out for the keep-firing period. Nodes race for the same alerts; the store lets one win.
/// </summary>
public sealed class AlertEvaluator(
    SqlAlertStore alerts,
    SqlSilenceStore silences,
    DeliveryOutbox outbox,
    IGrainFactory grains,
    TimeProvider clock,
    IOptions<AlertOptions> options,
    ILogger<AlertEvaluator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluateEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await EvaluateAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again: an alert that is due stays due.
                logger.LogWarning(e, "Evaluating alerts failed");
            }
        }
    }

    /// <summary>One round: the alerts it changed, as changed.</summary>
    public async Task<IReadOnlyList<Alert>> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = (await alerts.OpenAlertsAsync(cancellationToken)).Where(a => AlertTransitions.IsDue(a, now, options.Value)).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var active = await silences.ListAsync(now, cancellationToken);
        var changed = new List<Alert>();
        foreach (var alert in due)
        {
            var reading = await grains.GetGrain<IIndicatorGrain>(new IndicatorKey(alert.Province, alert.Indicator).ToString())
                .GetReadingAsync(ReportingPeriod.Parse(alert.Period));
            var silence = active.FirstOrDefault(s => s.Covers(alert.Province, alert.Indicator, now));
            var next = AlertTransitions.Next(alert, reading.Status, silence, now);
            // Firing and resolving reach the subscribers, written with the change itself; a muted alert reaches nobody.
            var change = next.State != alert.State && next.SilenceId is null
                ? next.State switch { AlertState.Firing => AlertChanges.Firing, AlertState.Resolved => AlertChanges.Resolved, _ => null }
                : null;
            if (await alerts.MoveAsync(alert, next, reading,
                    change is null ? null : (connection, transaction, moved) => outbox.EnqueueAsync(connection, transaction, moved, change, cancellationToken),
                    cancellationToken) is { } moved)
            {
                await grains.GetGrain<IBoardNotifierGrain>(0).PublishAlertAsync(moved);
                changed.Add(moved);
            }
        }

        return changed;
    }
}
