namespace KpiActors.Domain;

/// <summary>
/// How long a figure must stay behind before its alert fires (<see cref="PendingFor"/>), stay out of it before a firing
/// alert resolves (<see cref="KeepFiringFor"/>), and how long a feed may send nothing before its silence is an alert of its
/// own (<see cref="NoDataFor"/>; null: never).
/// </summary>
public sealed record AlertRules(TimeSpan PendingFor, TimeSpan KeepFiringFor, TimeSpan? NoDataFor);
