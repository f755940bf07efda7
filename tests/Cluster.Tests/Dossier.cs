using KpiActors.Domain.Wire;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// One event of a dossier in October 2026 (a month wholly past, so every figure it makes is fixed): received on the
/// <see cref="Day"/>th at 09:00 Vietnam time, due a week later (a bare date: the whole day), resolved two days before
/// the due day or three days after it. Every instant stays in October, so the month bucket is never in doubt.
/// </summary>
public sealed record Dossier(string Province, string Id, int Day, bool Online, DossierStage Stage)
{
    public const string Month = "2026-10";

    /// <summary>Received, then in progress, then ended: a later version of an earlier stage does not stand.</summary>
    public int Rank => Stage switch
    {
        DossierStage.Received => 0,
        DossierStage.InProgress => 1,
        _ => 2,
    };

    public DossierEvent Wire => new(
        Province,
        Id,
        ReceivedAt: $"{Month}-{Day:D2}T09:00:00+07:00",
        DueAt: $"{Month}-{Day + 7:D2}",
        ResolvedAt: Stage switch
        {
            DossierStage.ResolvedOnTime => $"{Month}-{Day + 5:D2}T15:30:00+07:00",
            DossierStage.ResolvedLate => $"{Month}-{Day + 10:D2}T10:00:00+07:00",
            _ => null,
        },
        Status: Stage switch
        {
            DossierStage.Received => "received",
            DossierStage.InProgress => "in-progress",
            DossierStage.Withdrawn => "withdrawn",
            _ => "resolved",
        },
        Channel: Online ? "online" : "in-person");

    /// <summary>The latest day a dossier may be received on for all its instants to stay in October.</summary>
    public const int LastDay = 20;

    public static Dossier Resolved(string province, string id, bool late) =>
        new(province, id, Day: 1, Online: true, late ? DossierStage.ResolvedLate : DossierStage.ResolvedOnTime);
}
