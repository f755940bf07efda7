using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KpiActors.Silo.Storage;

/// <summary>
/// Where one commit of the fact store spends its time, as the meter "KpiActors.Storage": reading the
/// previous versions, writing the new rows and deltas, and making the transaction durable. What is left
/// of the commit is the diff in memory.
/// </summary>
public static class FactStoreMetrics
{
    public const string MeterName = "KpiActors.Storage";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> ReadDuration = Meter.CreateHistogram<double>(
        "kpi.storage.read.duration", "s", "Reading the stored versions of the facts one commit touches, its lock included.");

    public static readonly Histogram<double> WriteDuration = Meter.CreateHistogram<double>(
        "kpi.storage.write.duration", "s", "Writing one commit's changed facts and its deltas.");

    public static readonly Histogram<double> DurableDuration = Meter.CreateHistogram<double>(
        "kpi.storage.durable.duration", "s", "Committing one transaction until the engine reports it durable.");

    public static double SecondsSince(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalSeconds;
}
