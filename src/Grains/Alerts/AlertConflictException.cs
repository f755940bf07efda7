namespace KpiActors.Grains;

/// <summary>The stored alert moved since it was read: another activation of its grain recorded a move first.</summary>
public sealed class AlertConflictException(string message) : Exception(message);
