namespace KpiActors.Domain;

public enum IndicatorKind
{
    /// <summary>Counts events inside a reporting period.</summary>
    Flow,

    /// <summary>Describes the state of a catalogue at a point in time.</summary>
    Stock,
}
