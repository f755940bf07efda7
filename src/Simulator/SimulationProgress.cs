namespace KpiActors.Simulator;

/// <summary>Where a run stands: its phase, events accepted so far and the current rate.</summary>
public sealed record SimulationProgress(string Phase, long Accepted, double PerSecond, long Refused, string? LastProblem);
