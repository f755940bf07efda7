namespace KpiActors.Domain;

/// <summary>A built-in indicator: what it counts, how its rate is formed, and its legal targets.</summary>
public sealed record Indicator(
    string Id,
    string NameVi,
    string NameEn,
    IndicatorKind Kind,
    IReadOnlyList<string> CounterNames,
    Func<long[], Ratio> RatioOf,
    IReadOnlyList<Target> DefaultTargets)
{
    /// <summary>Dossier-based indicators judge a province only on a minimum number of dossiers.</summary>
    public bool CountsDossiers => Id is Indicators.OnTimeId or Indicators.OnlineDossierId;
}
