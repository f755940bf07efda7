using KpiActors.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace KpiActors.Grains;

/// <summary>
/// One per silo (a stateless worker is activated where it is called): the indicator grains of this silo report to
/// it, it keeps the last reading of each (province, indicator) and pushes what moved once per interval to every
/// node's boards. A change of status into or out of "behind" becomes an alert, recorded once and pushed to every node.
/// Reentrant, so that reports keep arriving while a push is on its way. What was reported and not yet pushed lives only
/// in this activation: Orleans' default removal of idle stateless workers would drop it between two pushes, so it is off,
/// and an activation that goes anyway (collected, or its silo stopping) pushes what it holds first.
/// </summary>
[StatelessWorker(1, removeIdleWorkers: false)]
[Reentrant]
public sealed class BoardNotifierGrain(
    IAlertLog alerts,
    TimeProvider clock,
    IOptions<BoardNotifierOptions> options,
    ILogger<BoardNotifierGrain> logger) : Grain, IBoardNotifierGrain
{
    // A node list at most this old is used as is: asking every push would put the nodes grain on every push's path.
    private static readonly TimeSpan NodesFreshFor = TimeSpan.FromSeconds(2);

    private Dictionary<IndicatorKey, IndicatorReading> _pending = [];
    private readonly Queue<(IndicatorReading Reading, string Kind)> _statusChanges = new();
    private IReadOnlyList<IBoardNodeObserver>? _nodes;
    private DateTimeOffset _nodesAsOf = DateTimeOffset.MinValue;
    private bool _pushing;
    private bool _knownNodesOnly;
    private IGrainTimer? _timer;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _timer = this.RegisterGrainTimer(OnTickAsync, options.Value.PushInterval, options.Value.PushInterval);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Orleans counts a timer's period from the end of its last tick, and a push waits until every node's boards have
    /// it (about 40 ms to 1,000 boards): pushes would come every 240 ms, not 200. The next tick is set from this one's start.
    /// </summary>
    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            await PushAsync(cancellationToken);
        }
        finally
        {
            var interval = options.Value.PushInterval;
            var left = interval - clock.GetElapsedTime(started);
            _timer?.Change(left > TimeSpan.Zero ? left : TimeSpan.Zero, interval);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A stopping silo may have no place left for the list of nodes: the nodes known already are told.
        _knownNodesOnly = reason.ReasonCode == DeactivationReasonCode.ShuttingDown;
        try
        {
            await PushAsync(cancellationToken);
        }
        catch (Exception e)
        {
            // A cluster stopping as a whole has no node left to tell.
            logger.LogWarning(e, "What this notifier held could not be pushed as it deactivated ({Reason})", reason);
        }
    }

    public Task ReportAsync(IndicatorReading reading, TargetStatus? previousStatus)
    {
        _pending[new IndicatorKey(reading.Province, reading.Indicator)] = reading;
        if (AlertKind(previousStatus, reading.Status) is { } kind)
        {
            _statusChanges.Enqueue((reading, kind));
        }

        return Task.CompletedTask;
    }

    public async Task AcknowledgedAsync(Alert alert)
    {
        // Without any list of nodes yet, the caller hears of it and may acknowledge again (the first acknowledgement stands).
        var nodes = await NodesAsync() ?? throw new InvalidOperationException("The list of board nodes has not answered yet.");
        foreach (var node in nodes)
        {
            await TellAsync(node, n => n.AlertAcknowledgedAsync(alert));
        }
    }

    /// <summary>"behind" on falling behind; "recovered" on leaving it for a judged status (not for "not enough data").</summary>
    public static string? AlertKind(TargetStatus? previous, TargetStatus current) => (previous, current) switch
    {
        (not TargetStatus.Behind, TargetStatus.Behind) => AlertKinds.Behind,
        (TargetStatus.Behind, TargetStatus.Met or TargetStatus.OnTrack or TargetStatus.AtRisk) => AlertKinds.Recovered,
        _ => null,
    };

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        // Timer ticks interleave with each other here too: one push at a time keeps figures in order.
        if (_pushing || (_pending.Count == 0 && _statusChanges.Count == 0))
        {
            return;
        }

        _pushing = true;
        try
        {
            // Taken out only once there is somewhere to push them: nothing sends them again.
            if (await NodesAsync() is not { } nodes)
            {
                return;
            }

            var readings = _pending.Values.ToList();
            _pending = [];
            if (readings.Count > 0)
            {
                await Task.WhenAll(nodes.Select(node => TellAsync(node, n => n.ReadingsAsync(readings))));
            }

            while (_statusChanges.TryDequeue(out var change))
            {
                await RaiseAsync(change.Reading, change.Kind, nodes, cancellationToken);
            }
        }
        finally
        {
            _pushing = false;
        }
    }

    private async Task RaiseAsync(IndicatorReading reading, string kind, IReadOnlyList<IBoardNodeObserver> nodes, CancellationToken cancellationToken)
    {
        try
        {
            if (await alerts.RaiseAsync(reading, kind, clock.GetUtcNow(), cancellationToken) is { } alert)
            {
                await Task.WhenAll(nodes.Select(node => TellAsync(node, n => n.AlertAsync(alert))));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Raising a '{Kind}' alert for {Province}/{Indicator} failed", kind, reading.Province, reading.Indicator);
        }
    }

    /// <summary>The nodes to push to: asked of the list now and then; null while the list has never answered this notifier.</summary>
    private async Task<IReadOnlyList<IBoardNodeObserver>?> NodesAsync()
    {
        var now = clock.GetUtcNow();
        if (!_knownNodesOnly && now - _nodesAsOf > NodesFreshFor)
        {
            try
            {
                _nodes = await GrainFactory.GetGrain<IBoardNodesGrain>(0).ListAsync();
                _nodesAsOf = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The node running the list may have just died. Until Orleans runs it elsewhere the nodes known last
                // still want pushes; a notifier that knows none keeps its pushes until the list answers.
                logger.LogWarning(e, "The list of board nodes did not answer; pushing to the {Count} known last", _nodes?.Count ?? 0);
            }
        }

        return _nodes;
    }

    /// <summary>A node that does not answer (it is dying, or gone) must not hold up the others.</summary>
    private async Task TellAsync(IBoardNodeObserver node, Func<IBoardNodeObserver, Task> message)
    {
        try
        {
            await message(node);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A node's boards did not take a push");
        }
    }
}
