namespace KpiActors.Simulator;

public sealed record SimulationOptions
{
    /// <summary>Dossier events per second in the live phase.</summary>
    public int EventsPerSecond { get; init; } = 150;

    /// <summary>How long the live phase runs; null runs until stopped.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Past months sent first, so that sparklines and last-year comparisons have data.</summary>
    public int HistoryMonths { get; init; } = 13;

    /// <summary>Dossiers per province for each past month (scaled by population).</summary>
    public int DossiersPerProvinceMonth { get; init; } = 120;

    public int BatchSize { get; init; } = 500;

    public int Seed { get; init; } = 2026;
}
