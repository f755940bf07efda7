namespace KpiActors.Domain;

/// <summary>How a figure stood when an alert changed: its status, value and target, so that the alert's text says so.</summary>
public sealed record AlertFigure(TargetStatus Status, double? Value, double Target);
