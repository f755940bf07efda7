using KpiActors.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace KpiActors.Grains;

/// <summary>
/// One per silo (a stateless worker is activated where it is called): the indicator grains of this silo report to
/// it, it keeps the last reading of each (province, indicator) and pushes what moved once per interval to every
/// node's boards; alerts and silences are passed on to every node at once. Reentrant, so that reports keep arriving while a push is on its way. What was reported and not yet pushed lives only
/// in this activation: Orleans' default removal of idle stateless workers would drop it between two pushes, so it is off,
/// and an activation that goes anyway (collected, or its silo stopping) pushes what it holds first.
/// </summary>
[StatelessWorker(1, removeIdleWorkers: false)]
[Reentrant]
public sealed class BoardNotifierGrain(
    TimeProvider clock,
    IOptions<BoardNotifierOptions> options,
    ILogger<BoardNotifierGrain> logger) : Grain, IBoardNotifierGrain
{
    // A node list at most this old is used as is: asking every push would put the nodes grain on every push's path.
    private static readonly TimeSpan NodesFreshFor = TimeSpan.FromSeconds(2);

    private Dictionary<IndicatorKey, IndicatorReading> _pending = [];
    private IReadOnlyList<IBoardNodeObserver>? _nodes;
    private long? _nodesAsOf;
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

    public Task ReportAsync(IndicatorReading reading)
    {
        _pending[new IndicatorKey(reading.Province, reading.Indicator)] = reading;
        return Task.CompletedTask;
    }

    public Task PublishAlertAsync(Alert alert) => TellEveryNodeAsync(n => n.AlertAsync(alert));

    public Task PublishSilencesAsync(IReadOnlyList<Silence> silences) => TellEveryNodeAsync(n => n.SilencesAsync(silences));

    private async Task TellEveryNodeAsync(Func<IBoardNodeObserver, Task> message)
    {
        // Without any list of nodes yet, the caller hears of it and may publish again.
        var nodes = await NodesAsync() ?? throw new InvalidOperationException("The list of board nodes has not answered yet.");
        await Task.WhenAll(nodes.Select(node => TellAsync(node, message)));
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        // Timer ticks interleave with each other here too: one push at a time keeps figures in order.
        if (_pushing || _pending.Count == 0)
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
            await Task.WhenAll(nodes.Select(node => TellAsync(node, n => n.ReadingsAsync(readings))));
        }
        finally
        {
            _pushing = false;
        }
    }

    /// <summary>The nodes to push to: asked of the list now and then; null while the list has never answered this notifier.</summary>
    private async Task<IReadOnlyList<IBoardNodeObserver>?> NodesAsync()
    {
        var now = clock.GetTimestamp();
        if (!_knownNodesOnly && (_nodesAsOf is not { } asOf || clock.GetElapsedTime(asOf, now) > NodesFreshFor))
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
