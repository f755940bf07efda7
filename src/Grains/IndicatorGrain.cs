using KpiActors.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Storage;

namespace KpiActors.Grains;

/// <summary>
/// One province's figures for one indicator, and its alert (IndicatorGrain.Alerts.cs). Applies deltas in sequence
/// order, never twice; starts from its snapshot and replays the log after the snapshot's watermark, so nothing
/// acknowledged is lost. Whoever commits a delta, on whichever node, sends it here; a commit whose sender died before
/// sending is found by polling the log's head, so nothing committed is skipped for long.
/// </summary>
public sealed partial class IndicatorGrain(
    [PersistentState("totals", KpiGrainStorage.Name)] IPersistentState<IndicatorState> state,
    IDeltaLog log,
    ITargetBook targets,
    IAlertJournal alerts,
    StatusPolicy policy,
    TimeProvider clock,
    IOptions<IndicatorGrainOptions> options,
    IOptions<AlertOptions> alertOptions,
    ILogger<IndicatorGrain> logger) : Grain, IIndicatorGrain, IRemindable
{
    private IBoardNotifierGrain _notifier = null!;
    private IndicatorKey _key;
    private Indicator _indicator = null!;
    private TargetPlan _targets = null!;
    private IndicatorReading? _published;
    private int _unsaved;

    /// <summary>Why the log could not be read, while it cannot: figures are withheld until a retry reads it.</summary>
    private string? _unreadable;

    private IndicatorState Totals => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = IndicatorKey.Parse(this.GetPrimaryKeyString());
        _indicator = Indicators.Get(_key.Indicator);
        _notifier = GrainFactory.GetGrain<IBoardNotifierGrain>(0);
        _rules = alertOptions.Value.RulesFor(_indicator);
        _targets = await targets.PlanAsync(_key.Province, _indicator, cancellationToken);
        await CatchUpAsync(cancellationToken);
        await JudgeLivePeriodAsync();
        this.RegisterGrainTimer(OnSnapshotTimerAsync, options.Value.SnapshotInterval, options.Value.SnapshotInterval);
        this.RegisterGrainTimer(OnLogPollAsync, options.Value.LogPollInterval, options.Value.LogPollInterval);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved > 0)
        {
            await SaveAsync();
        }
    }

    public async Task ApplyAsync(DeltaBatch batch)
    {
        if (batch.Deltas.Count == 0 || batch.Deltas[^1].Sequence <= Totals.Watermark)
        {
            return;
        }

        if (batch.PreviousSequence > Totals.Watermark)
        {
            // A commit before this one has not arrived (another node's, still on its way, or never sent): the log
            // has it, and this one too, already committed.
            await CatchUpAsync(CancellationToken.None);
        }
        else if (_unreadable is not null)
        {
            // The batch is in the log already: reading the log again brings it in with everything before it.
            await CatchUpAsync(CancellationToken.None);
        }
        else
        {
            try
            {
                foreach (var delta in batch.Deltas)
                {
                    Apply(delta);
                }
            }
            catch (OverflowException e)
            {
                Withhold(e);
            }
        }

        await JudgeLivePeriodAsync();
        if (_unsaved >= options.Value.SnapshotEvery)
        {
            await SaveAsync();
        }
    }

    public async Task<IndicatorReading> GetReadingAsync(ReportingPeriod period)
    {
        await EnsureReadableAsync();
        return Checked(() => Read(period));
    }

    public async Task<IReadOnlyList<IndicatorReading>> GetHistoryAsync(ReportingPeriod last, int count)
    {
        await EnsureReadableAsync();
        var periods = new List<ReportingPeriod> { last };
        while (periods.Count < count)
        {
            periods.Add(periods[^1].Previous);
        }

        periods.Reverse();
        return Checked(() => periods.Select(Read).ToList());
    }

    /// <summary>Sums over several buckets are checked too: a period whose total would not fit has no figure to give.</summary>
    private T Checked<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (OverflowException e)
        {
            throw new IndicatorUnavailableException($"The figures of {_key} do not fit a counter for this period", e);
        }
    }

    public async Task TargetChangedAsync()
    {
        _targets = await targets.PlanAsync(_key.Province, _indicator);
        await JudgeLivePeriodAsync();
    }

    public Task<long> GetWatermarkAsync() => Task.FromResult(Totals.Watermark);

    /// <summary>Reads the log after the watermark. A failure is kept, not thrown: the grain stays up and says why it has no figures.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var delta in log.ReadAsync(_key.Province, _key.Indicator, Totals.Watermark, cancellationToken))
            {
                Apply(delta);
            }

            // A snapshot from before the grain kept the time of its last fact: the log still has it, once.
            if (Totals.LastFactAt is null && Totals.Watermark > 0)
            {
                Totals.LastFactAt = await log.RecordedAtAsync(_key.Province, _key.Indicator, Totals.Watermark, cancellationToken);
            }

            _unreadable = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Withhold(e);
        }
    }

    private void Withhold(Exception e)
    {
        if (_unreadable is null)
        {
            logger.LogError(e, "The log of {Grain} cannot be read after sequence {Watermark}; its figures are withheld until it can", _key, Totals.Watermark);
        }

        _unreadable = e.Message;
    }

    private async Task EnsureReadableAsync()
    {
        if (_unreadable is null)
        {
            return;
        }

        await CatchUpAsync(CancellationToken.None);
        if (_unreadable is not null)
        {
            throw new IndicatorUnavailableException($"The figures of {_key} cannot be read from the log right now: {_unreadable}");
        }

        await JudgeLivePeriodAsync();
    }

    private void Apply(LoggedDelta delta)
    {
        if (delta.Sequence <= Totals.Watermark)
        {
            return;
        }

        if (!Totals.Buckets.TryGetValue(delta.Bucket, out var counters))
        {
            Totals.Buckets[delta.Bucket] = counters = new long[Counters.Width];
        }

        Counters.Add(counters, delta.Values);
        if (Bucket.IsDay(delta.Bucket) && Counters.IsZero(counters))
        {
            // Due-date buckets empty out as dossiers close; dropping them keeps the snapshot small.
            Totals.Buckets.Remove(delta.Bucket);
        }

        if (_indicator.Kind == IndicatorKind.Stock)
        {
            Totals.Daily[Bucket.Day(VietnamTime.DateOf(delta.RecordedAt))] = (long[])counters.Clone();
        }

        Totals.Watermark = delta.Sequence;
        if (Totals.LastFactAt is not { } last || delta.RecordedAt > last)
        {
            Totals.LastFactAt = delta.RecordedAt;
        }

        _unsaved++;
    }

    private async Task OnSnapshotTimerAsync(CancellationToken cancellationToken)
    {
        await JudgeLivePeriodAsync();
        if (_unsaved > 0)
        {
            await SaveAsync();
        }
    }

    /// <summary>Deltas committed by a node that died before sending them, or whose retry found nothing new to send.</summary>
    private async Task OnLogPollAsync(CancellationToken cancellationToken)
    {
        if (await log.LastSequenceAsync(_key.Province, _key.Indicator, cancellationToken) > Totals.Watermark)
        {
            await CatchUpAsync(cancellationToken);
            await JudgeLivePeriodAsync();
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
            _unsaved = 0;
        }
        catch (InconsistentStateException e)
        {
            // Another activation of this grain wrote since this one read: during a directory change Orleans can briefly
            // run two. The other has the same log to follow; this one steps aside and the next call finds the survivor.
            logger.LogWarning(e, "Snapshot of {Grain} was written by another activation; deactivating this one", _key);
            this.DeactivateOnIdle();
        }
    }

    private DateOnly Today => VietnamTime.DateOf(clock.GetUtcNow());

    private ReportingPeriod LivePeriod => ReportingPeriod.Containing(Today, PeriodKind.Month);

    /// <summary>
    /// Judges the live period, tells the notifier when its figure moved and shows the alert what it now says. Its status
    /// is remembered, so that the next judgement applies hysteresis.
    /// </summary>
    private async Task JudgeLivePeriodAsync()
    {
        if (_unreadable is not null)
        {
            // Figures that miss part of the log would be wrong, not late: the board keeps the last it was told, and the
            // alert waits for figures it can trust.
            return;
        }

        var live = LivePeriod;
        if (Totals.LivePeriod != live.ToString())
        {
            Totals.LivePeriod = live.ToString();
            Totals.LiveStatus = null;
        }

        var reading = Read(live);
        Totals.LiveStatus = reading.Status;
        if (_published is null || !SameFigures(_published, reading))
        {
            _published = reading;
            await _notifier.ReportAsync(reading);
        }

        await WatchAlertAsync(reading);
    }

    private static bool SameFigures(IndicatorReading a, IndicatorReading b) =>
        a.Sequence == b.Sequence && a.Status == b.Status && a.Period == b.Period && a.Target.Equals(b.Target) &&
        a.Counts.GetValueOrDefault("overdue") == b.Counts.GetValueOrDefault("overdue");

    private IndicatorReading Read(ReportingPeriod period)
    {
        var today = Today;
        var isLive = period.Contains(today);
        var projection = _indicator.Kind == IndicatorKind.Stock && isLive ? Project(today, _targets.InForceOn(period.LastDay)) : null;
        var previous = isLive && Totals.LivePeriod == period.ToString() ? Totals.LiveStatus : null;
        Dictionary<string, long>? open = null;
        if (_indicator.Id == Indicators.OnTimeId && isLive)
        {
            var due = Totals.Buckets.Where(b => Bucket.IsDay(b.Key)).ToList();
            open = new Dictionary<string, long>
            {
                ["inProgress"] = due.Sum(b => b.Value[Indicators.OnTimeSlot.Open]),
                ["overdue"] = due.Where(b => Bucket.ToDay(b.Key) < today).Sum(b => b.Value[Indicators.OnTimeSlot.Open]),
            };
        }

        return IndicatorReading.Judge(
            _key.Province, _indicator, period, CountersFor(period, today), CountersFor(period.SamePeriodLastYear, today), _targets,
            projection, previous, policy, Totals.Watermark, open);
    }

    /// <summary>Flow: the sum of the period's months. Stock: the totals at the period's end, or today if it is still running.</summary>
    private long[] CountersFor(ReportingPeriod period, DateOnly today)
    {
        if (_indicator.Kind == IndicatorKind.Stock)
        {
            var asOf = Bucket.Day(period.LastDay < today ? period.LastDay : today);
            var latest = Totals.Daily.LastOrDefault(d => d.Key <= asOf);
            return latest.Value ?? new long[Counters.Width];
        }

        var sum = new long[Counters.Width];
        foreach (var month in period.MonthBuckets)
        {
            if (Totals.Buckets.TryGetValue(month, out var counters))
            {
                Counters.Add(sum, counters);
            }
        }

        return sum;
    }

    private double? Project(DateOnly today, Target target)
    {
        var from = Bucket.Day(today.AddDays(-options.Value.ProjectionDays));
        var history = Totals.Daily
            .Where(d => d.Key >= from)
            .Select(d => (Bucket.ToDay(d.Key), _indicator.RatioOf(d.Value).Value ?? 0))
            .ToList();
        return StatusJudge.Project(history, today, target.Deadline);
    }
}
