using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KpiActors.Silo.Facts;

/// <summary>
/// Where one commit of the fact store spends its time, as the meter "KpiActors.Storage": reading the
/// previous versions, writing the new rows and deltas, and making the transaction durable. What is left
/// of the commit is the diff in memory.
/// </summary>
public static class FactStoreMetrics
{
    public const string MeterName = "KpiActors.Storage";

    private static readonly Meter Meter = new(MeterName);

    // /metrics sees a histogram only through its buckets, and OpenTelemetry's default ones (5, 10, 25 ... 10000) suit
    // milliseconds: every step would fall into the first. A commit's steps take from a fraction of a millisecond up.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    };

    public static readonly Histogram<double> ReadDuration = Meter.CreateHistogram<double>(
        "kpi.storage.read.duration", "s", "Reading the stored versions of the facts one commit touches, its lock included.",
        tags: null, advice: Seconds);

    public static readonly Histogram<double> WriteDuration = Meter.CreateHistogram<double>(
        "kpi.storage.write.duration", "s", "Writing one commit's changed facts and its deltas.",
        tags: null, advice: Seconds);

    public static readonly Histogram<double> DurableDuration = Meter.CreateHistogram<double>(
        "kpi.storage.durable.duration", "s", "Committing one transaction until the engine reports it durable.",
        tags: null, advice: Seconds);

    public static double SecondsSince(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalSeconds;
}
