using KpiActors.Domain;
using KpiActors.Grains;

namespace KpiActors.Api.Alerts;

/// <summary>The changes of state that time makes: a pending alert fires, a firing one resolves, a closed period ends both.</summary>
public static class AlertTransitions
{
    /// <summary>Whether <paramref name="alert"/> may change now, before asking its grain for the figure.</summary>
    public static bool IsDue(Alert alert, DateTimeOffset now, AlertOptions options) =>
        PeriodEnded(alert, now) || alert.State switch
        {
            AlertState.Pending => now - alert.BehindSince >= options.PendingFor,
            AlertState.Firing => alert.ClearSince is { } clear && now - clear >= options.KeepFiringFor,
            _ => false,
        };

    /// <summary>
    /// What a due alert becomes, given its figure now and a silence covering it. The figure decides, not only what was
    /// observed: a pending alert fires only if still behind, a firing one resolves only if still out of it. A resolution
    /// stays muted when its firing was, so that nobody is told of the end of what they were never told.
    /// </summary>
    public static Alert Next(Alert alert, TargetStatus status, Silence? silence, DateTimeOffset now)
    {
        var ended = PeriodEnded(alert, now);
        var behind = status == TargetStatus.Behind;
        return (alert.State, ended, behind) switch
        {
            (AlertState.Pending, false, true) => alert with { State = AlertState.Firing, FiredAt = now, SilenceId = silence?.Id },
            (AlertState.Pending, _, _) => alert with { State = AlertState.Normal },
            (AlertState.Firing, false, true) => alert with { ClearSince = null },
            (AlertState.Firing, _, _) => alert with { State = AlertState.Resolved, ResolvedAt = now, SilenceId = alert.SilenceId ?? silence?.Id },
            _ => alert,
        };
    }

    private static bool PeriodEnded(Alert alert, DateTimeOffset now) =>
        ReportingPeriod.Parse(alert.Period).LastDay < VietnamTime.DateOf(now);
}
