namespace KpiActors.Benchmarks.Push;

/// <summary>A province's on-time figure as it reached a board: its count of dossiers received, and when (Stopwatch ticks).</summary>
public readonly record struct Sighting(int Province, long Received, long At);
