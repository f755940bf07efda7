namespace KpiActors.Benchmarks.Peer;

/// <summary>One timed ingest run of the peer: batches upserted by concurrent senders, each one transaction; deadlocks retried.</summary>
public sealed record PeerIngestRun(int BatchSize, int Senders, int Events, TimeSpan Wall, int Deadlocks)
{
    public double EventsPerSecond => Events / Wall.TotalSeconds;
}

/// <summary>One steady-rate run of the peer: from each acknowledged commit to its NOTIFY reaching the listener.</summary>
public sealed record PeerPushRun(int TargetRate, double AchievedRate, int Samples, int Missing, double P50Ms, double P99Ms, double MaxMs);
