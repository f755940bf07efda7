using KpiActors.Domain;
using KpiActors.Grains;

namespace KpiActors.Api.Live;

/// <summary>
/// What the national board shows of a reading: the rate and what it rests on, the target and the status.
/// Counts and the target's legal source stay with the full reading, which a province page gets from its
/// province's group: every national push goes to every board, and its size is most of what a push costs
/// (docs/benchmarks.md, "Where the time goes").
/// </summary>
public sealed record BoardFigure(
    string Province,
    string Indicator,
    string Period,
    double? Value,
    long Numerator,
    long Denominator,
    double Target,
    TargetStatus Status,
    double? LastYearValue,
    long Sequence)
{
    public static BoardFigure Of(IndicatorReading reading) => new(
        reading.Province, reading.Indicator, reading.Period, reading.Value, reading.Numerator, reading.Denominator,
        reading.Target, reading.Status, reading.LastYearValue, reading.Sequence);
}
