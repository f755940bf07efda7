using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

/// <summary>
/// Deltas as comparable text, "31 ontime 202611 [1,0,0,0,0,0]": a delta holds an array, which records compare
/// by reference, and the order of a fact's contributions is not part of the contract.
/// </summary>
public static class DeltaText
{
    public static string Format(string province, string indicator, int bucket, params long[] values) =>
        $"{province} {indicator} {bucket} [{string.Join(",", Counters.Of(values))}]";

    /// <summary>Exactly these deltas, in any order.</summary>
    public static void AssertDeltas(IEnumerable<Delta> actual, params string[] expected) =>
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            actual.Select(d => Format(d.Province, d.Indicator, d.Bucket, d.Values)).Order(StringComparer.Ordinal));
}
