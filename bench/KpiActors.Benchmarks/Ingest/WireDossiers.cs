using System.Globalization;
using KpiActors.Domain;
using KpiActors.Domain.Wire;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// Dossier events in the wire's own shape (<see cref="DossierEvent"/>, every field as its text), made from instants,
/// and read back into the fact the API makes of them where a measurement writes without the API.
/// </summary>
public static class WireDossiers
{
    /// <summary>ISO 8601 to the second with the offset: what one-stop systems send, and what compares equal after storage.</summary>
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static DossierEvent Create(
        string province, string dossierId, string level, string channel, DateTimeOffset receivedAt, DateTimeOffset dueAt, DateTimeOffset? resolvedAt) =>
        new(province, dossierId, Text(receivedAt), Text(dueAt), resolvedAt is { } resolved ? Text(resolved) : null,
            resolvedAt is null ? "in-progress" : "resolved", channel, level);

    public static string Text(DateTimeOffset instant) => instant.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The fact the API makes of the event (whose instants are always full date-times here).</summary>
    public static DossierFact ToFact(this DossierEvent e) => new(
        e.Province, e.DossierId, EnumText<AdministrativeLevel>.Parse(e.Level), EnumText<Channel>.Parse(e.Channel), e.ProcedureCode,
        Instant(e.ReceivedAt), Instant(e.DueAt), e.ResolvedAt is { } resolved ? Instant(resolved) : null, EnumText<DossierStatus>.Parse(e.Status));
}
