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
    long Sequence);
