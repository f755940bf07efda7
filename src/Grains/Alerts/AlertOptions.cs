using System.Globalization;
using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>The section "Alerts": how long a figure must stay behind before it is told, stay out before it is told again, and how long a feed may be silent.</summary>
public sealed class AlertOptions
{
    public const string Off = "off";

    /// <summary>
    /// Behind for this long on the live clock before an alert fires. A figure early in a period, on a small sample,
    /// crosses the line and back within minutes; half an hour of staying behind is a province that is behind.
    /// </summary>
    public TimeSpan PendingFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Out of "behind" for this long before a firing alert resolves, so that a figure hovering on the line fires once.</summary>
    public TimeSpan KeepFiringFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A dossier indicator whose province has sent no new or changed dossier for this long is in NoData: the one-stop
    /// system's sync has most likely stopped. Dossiers arrive every working hour; a day without any is a broken feed.
    /// </summary>
    public TimeSpan NoDataFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Per indicator id, a NoData period (a TimeSpan) or "off", in place of <see cref="NoDataFor"/>. Without an entry, the
    /// e-document counts (sent monthly) and the procedure catalogue (changed when procedures change) have none.
    /// </summary>
    public Dictionary<string, string> NoDataForIndicator { get; set; } = [];

    /// <summary>
    /// How soon a deadline (a firing, a resolution, a silence) that could not be acted on is tried again: the period of the
    /// Orleans reminder that brings it. At least Orleans' minimum reminder period (Reminders:MinimumReminderPeriod).
    /// </summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromMinutes(1);

    public AlertRules RulesFor(Indicator indicator) => new(PendingFor, KeepFiringFor, NoDataPeriodOf(indicator));

    /// <summary>Every per-indicator entry names an indicator and is "off" or a positive period.</summary>
    public bool HasValidNoDataEntries() =>
        NoDataForIndicator.All(e => Indicators.TryFind(e.Key, out _) && (IsOff(e.Value) || TryPeriod(e.Value, out _)));

    private TimeSpan? NoDataPeriodOf(Indicator indicator)
    {
        var entry = NoDataForIndicator.FirstOrDefault(e => string.Equals(e.Key, indicator.Id, StringComparison.OrdinalIgnoreCase));
        if (entry.Key is null)
        {
            return indicator.CountsDossiers ? NoDataFor : null;
        }

        return TryPeriod(entry.Value, out var period) ? period : null;
    }

    private static bool IsOff(string value) => string.Equals(value.Trim(), Off, StringComparison.OrdinalIgnoreCase);

    private static bool TryPeriod(string value, out TimeSpan period) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out period) && period > TimeSpan.Zero;
}
