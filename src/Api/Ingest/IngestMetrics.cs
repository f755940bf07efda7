using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Where an acknowledged batch spends its time, as the meter "KpiActors.Ingest" (readable with
/// dotnet-counters, or in-process with a MeterListener as the benchmarks do): the whole wait for the
/// pipeline, and the single writer's two steps, the durable commit and the grains applying its deltas.
/// </summary>
public static class IngestMetrics
{
    public const string MeterName = "KpiActors.Ingest";

    private static readonly Meter Meter = new(MeterName);

    // /metrics sees a histogram only through its buckets, and OpenTelemetry's default ones (5, 10, 25 ... 10000) suit
    // milliseconds: every batch would fall into the first. These are ASP.NET Core's request duration buckets, in seconds.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    /// <summary>Per batch: from its submission until it is durable and applied (queueing included).</summary>
    public static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>(
        "kpi.ingest.batch.duration", "s", "From a batch's submission to its acknowledgement: queued, committed, applied.",
        tags: null, advice: Seconds);

    /// <summary>Per group commit: reading previous versions, writing facts and deltas, and the durable commit itself.</summary>
    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "kpi.ingest.commit.duration", "s", "One group commit in the fact store, until durable.",
        tags: null, advice: Seconds);

    /// <summary>Per group commit: handing its deltas to the grains until every one has applied them.</summary>
    public static readonly Histogram<double> ApplyDuration = Meter.CreateHistogram<double>(
        "kpi.ingest.apply.duration", "s", "Grains applying one group commit's deltas.",
        tags: null, advice: Seconds);

    /// <summary>Per group commit: how many facts it grouped, which is what group commit buys.</summary>
    public static readonly Histogram<int> CommitFacts = Meter.CreateHistogram<int>(
        "kpi.ingest.commit.facts", "{fact}", "Facts stored by one group commit.");

    public static double SecondsSince(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalSeconds;
}
