namespace KpiActors.Grains;

/// <summary>
/// Mutes the alerts of a province, of an indicator, or of both until <see cref="EndsAt"/>: they are still recorded and shown,
/// never sent. Who muted what, when and why is kept, and who ended it early.
/// </summary>
[GenerateSerializer, Immutable, Alias("Silence")]
public sealed record Silence(
    long Id,
    string? Province,
    string? Indicator,
    DateTimeOffset EndsAt,
    string Reason,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? EndedBy)
{
    public bool Covers(string province, string indicator, DateTimeOffset at) =>
        at < EndsAt && (Province is null || Province == province) && (Indicator is null || Indicator == indicator);
}
