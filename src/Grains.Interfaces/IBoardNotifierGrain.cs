using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// Between grains and boards: takes every change of a live figure, coalesces them and hands them to every node's
/// boards. Grains never touch SignalR. A stateless worker, so each silo has its own and a grain reports locally.
/// </summary>
[Alias("IBoardNotifierGrain")]
public interface IBoardNotifierGrain : IGrainWithIntegerKey
{
    /// <summary>Returns at once: the reading waits for the next push.</summary>
    [Alias("Report")]
    Task ReportAsync(IndicatorReading reading);

    /// <summary>An alert changed (began, fired, resolved, acknowledged), shown as such on every board.</summary>
    [Alias("PublishAlert")]
    Task PublishAlertAsync(Alert alert);

    /// <summary>The silences in force after one began or ended, shown on every board.</summary>
    [Alias("PublishSilences")]
    Task PublishSilencesAsync(IReadOnlyList<Silence> silences);
}
