namespace KpiActors.Api.Alerts;

/// <summary>The section "Alerts": how long a province must stay behind before it is told, and stay out before it is told again.</summary>
public sealed class AlertOptions
{
    /// <summary>
    /// Behind for this long on the live clock before an alert fires. A figure early in a period, on a small sample,
    /// crosses the line and back within minutes; half an hour of staying behind is a province that is behind.
    /// </summary>
    public TimeSpan PendingFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Out of "behind" for this long before a firing alert resolves, so that a figure hovering on the line fires once.</summary>
    public TimeSpan KeepFiringFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each node looks for pending alerts due to fire and firing ones due to resolve.</summary>
    public TimeSpan EvaluateEvery { get; set; } = TimeSpan.FromSeconds(10);
}
