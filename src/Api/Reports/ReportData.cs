using KpiActors.Domain;
using KpiActors.Grains;

namespace KpiActors.Api.Reports;

/// <summary>Every province's figures for one report window: what a province report and the national report are written from.</summary>
public sealed record ReportData(
    ReportWindow Window,
    IReadOnlyList<IndicatorReading> Readings,
    IReadOnlyList<EDocLine> EDocs,
    IReadOnlyDictionary<string, OpenDossiers> Open,
    DateOnly OpenOn,
    IReadOnlyList<Alert> Alerts)
{
    public IndicatorReading Reading(string province, string indicator) =>
        Readings.Single(r => r.Province == province && r.Indicator == indicator);

    /// <summary>The 34 provinces' readings of an indicator, best first; those without a figure last.</summary>
    public IReadOnlyList<IndicatorReading> Ranking(string indicator) =>
        Readings.Where(r => r.Indicator == indicator)
            .OrderByDescending(r => r.Value.HasValue).ThenByDescending(r => r.Value).ThenBy(r => r.Province, StringComparer.Ordinal)
            .ToList();

    /// <summary>1 for the best figure, shared by equal figures; null without a figure.</summary>
    public int? Rank(IndicatorReading reading) =>
        reading.Value is { } value ? 1 + Readings.Count(r => r.Indicator == reading.Indicator && r.Value > value) : null;
}

/// <summary>Dossiers still being handled when the window closed (or now, while it runs), and how many of them were past due.</summary>
public sealed record OpenDossiers(long InProgress, long Overdue);
