using KpiActors.Benchmarks.Infrastructure;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// From the app's meters. A request's time is its pipeline time (queued, committed, applied) plus the
/// rest (reading and checking the body, auth, the answer); the single writer's time is commits plus applies,
/// and a commit's is reading previous versions, the diff in memory, writing rows and making them durable.
/// </summary>
public sealed record IngestBreakdown(
    double RequestMs,
    double PipelineMs,
    int Commits,
    double FactsPerCommit,
    double CommitMs,
    double ApplyMs,
    double WriterBusyShare,
    double ReadMs,
    double WriteMs,
    double DurableMs)
{
    public double OutsidePipelineMs => RequestMs - PipelineMs;

    public double CommitShareOfWriter => CommitMs / (CommitMs + ApplyMs);

    public static IngestBreakdown From(IReadOnlyDictionary<string, double[]> meters, TimeSpan wall)
    {
        double[] Of(string name) => meters.TryGetValue(name, out var values) ? values : [];
        double MeanMs(string name) => Of(name) is { Length: > 0 } values ? values.Average() * 1000 : double.NaN;

        var commits = Of("kpi.ingest.commit.duration");
        var applies = Of("kpi.ingest.apply.duration");
        return new IngestBreakdown(
            MeanMs(MeterRecorder.RequestDuration),
            MeanMs("kpi.ingest.batch.duration"),
            commits.Length,
            Of("kpi.ingest.commit.facts") is { Length: > 0 } facts ? facts.Average() : double.NaN,
            MeanMs("kpi.ingest.commit.duration"),
            MeanMs("kpi.ingest.apply.duration"),
            (commits.Sum() + applies.Sum()) / wall.TotalSeconds,
            MeanMs("kpi.storage.read.duration"),
            MeanMs("kpi.storage.write.duration"),
            MeanMs("kpi.storage.durable.duration"));
    }
}
