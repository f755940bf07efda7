using KpiActors.Domain;

namespace KpiActors.Silo.Alerts;

/// <summary>
/// What one move of an alert tells its subscribers, written with the move: it fired or resolved (<see cref="Change"/>),
/// about a figure behind its target or a silent feed (<see cref="Kind"/>), and where the figure stood then.
/// </summary>
public sealed record AlertEvent(
    long Id,
    long AlertId,
    string Change,
    string Kind,
    string Province,
    string Indicator,
    string Period,
    double? Value,
    double Target,
    TargetStatus Status,
    DateTimeOffset? LastFactAt,
    DateTimeOffset ChangedAt);

/// <summary>What an alert event says happened.</summary>
public static class AlertChanges
{
    public const string Firing = "firing";
    public const string Resolved = "resolved";
}

/// <summary>What an alert is about: a figure behind its target, or a feed that went silent.</summary>
public static class AlertKinds
{
    public const string Behind = "behind";
    public const string NoData = "no-data";
}
