namespace KpiActors.Grains.Tests.Support;

/// <summary>Readings as comparable values: a reading's counts are a dictionary, which a record compares by reference.</summary>
public static class Readings
{
    private static readonly IReadOnlyDictionary<string, long> NoCounts = new Dictionary<string, long>();

    /// <summary>Everything a reading says, the counts sorted into text, for Assert.Equal.</summary>
    public static (IndicatorReading Figures, string Counts) Comparable(IndicatorReading reading) =>
        (reading with { Counts = NoCounts }, string.Join(", ", reading.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));

    /// <summary>As <see cref="Comparable"/>, but without the province and the sequence, which differ between two feeds of the same dossiers.</summary>
    public static (IndicatorReading Figures, string Counts) Totals(IndicatorReading reading) =>
        Comparable(reading with { Province = "", Sequence = 0 });
}
