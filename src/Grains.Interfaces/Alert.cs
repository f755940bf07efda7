namespace KpiActors.Grains;

/// <summary>An alert: a province fell behind target for a period, or recovered.</summary>
[GenerateSerializer, Immutable, Alias("Alert")]
public sealed record Alert(
    long Id,
    string Province,
    string Indicator,
    string Period,
    string Kind,
    double? Value,
    double Target,
    DateTimeOffset RaisedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt);

public static class AlertKinds
{
    public const string Behind = "behind";
    public const string Recovered = "recovered";
}
