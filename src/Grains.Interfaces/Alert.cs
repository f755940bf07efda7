using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// One episode of a province being behind its target for an indicator and period, from the moment it fell behind
/// (<see cref="BehindSince"/>) through firing to its resolution. <see cref="Status"/>, <see cref="Value"/> and
/// <see cref="Target"/> are the figure as of its last change of state, so that its text says where the figure stood.
/// </summary>
[GenerateSerializer, Immutable, Alias("Alert")]
public sealed record Alert(
    long Id,
    string Province,
    string Indicator,
    string Period,
    AlertState State,
    TargetStatus Status,
    double? Value,
    double Target,
    DateTimeOffset BehindSince,
    DateTimeOffset? FiredAt,
    DateTimeOffset? ClearSince,
    DateTimeOffset? ResolvedAt,
    long? SilenceId,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt);
