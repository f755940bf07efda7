using KpiActors.Domain;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// The rows that storing a workload leaves behind, worked out with the app's own domain rules (which
/// version stands, what it contributes): one row per dossier and every delta the log receives, with the sequence
/// it gets in its grain's log, and each grain's last sequence for the ledger.
/// </summary>
public sealed record StoredRows(IReadOnlyList<DossierFact> Dossiers, IReadOnlyList<Delta> Deltas, IReadOnlyList<long> Sequences, IReadOnlyDictionary<(string Province, string Indicator), long> Ledger)
{
    public static StoredRows Of(DossierWorkload workload)
    {
        var stored = new Dictionary<(string, string), DossierFact>();
        var order = new List<(string, string)>();
        var deltas = new List<Delta>();
        foreach (var fact in workload.Events.Select(e => e.ToFact()))
        {
            var key = (fact.Province, fact.DossierId);
            var previous = stored.GetValueOrDefault(key);
            if (!FactVersions.Supersedes(fact, previous) || Equals(previous, fact))
            {
                continue;
            }

            deltas.AddRange(Contributions.Between(previous, fact));
            if (previous is null)
            {
                order.Add(key);
            }

            stored[key] = fact;
        }

        var ledger = new Dictionary<(string, string), long>();
        var sequences = deltas.Select(d => ledger[(d.Province, d.Indicator)] = ledger.GetValueOrDefault((d.Province, d.Indicator)) + 1).ToList();
        return new StoredRows(order.Select(key => stored[key]).ToList(), deltas, sequences, ledger);
    }
}
