namespace KpiActors.Domain;

/// <summary>A legal or province-set target: reach <see cref="Value"/> by <see cref="Deadline"/> (null: a standing target).</summary>
public sealed record Target(double Value, DateOnly? Deadline, string Source);
