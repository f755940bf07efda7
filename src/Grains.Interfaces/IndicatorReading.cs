using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>One province's figure for one indicator and period, judged against the target in force.</summary>
[GenerateSerializer, Immutable, Alias("IndicatorReading")]
public sealed record IndicatorReading(
    string Province,
    string Indicator,
    string Period,
    double? Value,
    long Numerator,
    long Denominator,
    double Target,
    DateOnly? TargetDeadline,
    string TargetSource,
    double? Gap,
    TargetStatus Status,
    double? Projection,
    double? LastYearValue,
    long LastYearNumerator,
    long LastYearDenominator,
    IReadOnlyDictionary<string, long> Counts,
    long Sequence)
{
    /// <summary>
    /// The one way counts and a target become a reading: the rate and last year's, the target in force at the period's end,
    /// and the status judged with a minimum sample (one procedure for a catalogue, the policy's for counts of events), the
    /// projection and the status before (hysteresis) when given.
    /// </summary>
    /// <param name="extraCounts">Counts beside the indicator's counters (dossiers open now, overdue).</param>
    /// <param name="lastDay">The last day the figures cover, when a window ends before its period does (an NĐ 09 cut-off).</param>
    public static IndicatorReading Judge(
        string province, Indicator indicator, ReportingPeriod period, long[] counters, long[] lastYearCounters, TargetPlan targets,
        double? projection, TargetStatus? previous, StatusPolicy policy, long sequence, IReadOnlyDictionary<string, long>? extraCounts = null,
        DateOnly? lastDay = null)
    {
        var ratio = indicator.RatioOf(counters);
        var lastYear = indicator.RatioOf(lastYearCounters);
        var target = targets.InForceOn(lastDay ?? period.LastDay);
        var minimum = indicator.Kind == IndicatorKind.Stock ? 1 : policy.MinimumSample;
        var status = StatusJudge.Judge(ratio, minimum, target.Value, projection, previous, policy);
        var counts = new Dictionary<string, long>();
        for (var i = 0; i < indicator.CounterNames.Count; i++)
        {
            counts[indicator.CounterNames[i]] = counters[i];
        }

        foreach (var (name, count) in extraCounts ?? new Dictionary<string, long>())
        {
            counts[name] = count;
        }

        return new IndicatorReading(
            province, indicator.Id, period.ToString(), ratio.Value, ratio.Numerator, ratio.Denominator,
            target.Value, target.Deadline, target.Source, ratio.Value - target.Value, status, projection,
            lastYear.Value, lastYear.Numerator, lastYear.Denominator, counts, sequence);
    }
}
