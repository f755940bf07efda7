using KpiActors.Domain.Wire;

namespace KpiActors.TestSupport;

/// <summary>
/// Dossiers of the live month, resolved on time or late, sent through the API as one-stop software sends them: the
/// traffic that makes a province fall behind its 95 % on-time target (an alert, a red tile), or climb back over it. The
/// board judges the live month, so that is where they land.
/// </summary>
public static class LiveTraffic
{
    /// <summary>
    /// <paramref name="late"/> dossiers resolved after their due date (ids <paramref name="prefix"/>-0 on) and
    /// <paramref name="onTime"/> before it, received through <paramref name="channel"/>.
    /// </summary>
    public static IReadOnlyList<DossierEvent> Resolved(string province, int onTime, int late, string prefix, string channel = "online") =>
        [.. Enumerable.Range(0, late + onTime).Select(i => LiveMonth.Resolved(province, $"{prefix}-{i}", late: i < late) with { Channel = channel })];

    /// <summary>40 resolved dossiers, 20 of them late: 50 % on time, far behind the 95 % target.</summary>
    public static IReadOnlyList<DossierEvent> Behind(string province) => Resolved(province, onTime: 20, late: 20, prefix: "behind");

    /// <summary>Makes the province fall behind: <see cref="Behind"/>.</summary>
    public static Task<Receipt> FallBehindAsync(this HttpClient client, string province) => client.PostDossiersAsync(Behind(province));

    /// <summary>400 more on time: after <see cref="FallBehindAsync"/>, 420 of 440, 95.5 %, over the target again.</summary>
    public static Task<Receipt> RecoverAsync(this HttpClient client, string province) =>
        client.PostDossiersAsync(Resolved(province, onTime: 400, late: 0, prefix: "recover"));

    /// <summary>Posts <see cref="Resolved"/> and returns the receipt.</summary>
    public static Task<Receipt> PostResolvedAsync(this HttpClient client, string province, int onTime, int late, string prefix, string channel = "online") =>
        client.PostDossiersAsync(Resolved(province, onTime, late, prefix, channel));
}
