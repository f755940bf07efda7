namespace KpiActors.Domain;

/// <summary>
/// How values are judged: a minimum sample so that three dossiers judge nobody, a margin below target
/// that is "at risk" rather than "behind", and a hysteresis band so that a value hovering at a
/// boundary does not flap between statuses.
/// </summary>
public sealed record StatusPolicy
{
    public long MinimumSample { get; init; } = 30;

    public double AtRiskMargin { get; init; } = 0.05;

    public double Hysteresis { get; init; } = 0.01;

    public static StatusPolicy Default { get; } = new();
}
