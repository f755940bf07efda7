using KpiActors.Domain;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// The rows that storing a workload leaves behind, worked out with the app's own domain rules (which
/// version stands, what it contributes): one row per dossier and every delta the log receives, with the sequence
/// it gets in its grain's log, and each grain's last sequence for the ledger. A commit logs one delta per bucket of
/// each grain: the deltas here are summed per request of <see cref="RequestSize"/> events, as the app's commits of the
/// ingest measurement's largest requests leave them.
/// </summary>
public sealed record StoredRows(IReadOnlyList<DossierFact> Dossiers, IReadOnlyList<Delta> Deltas, IReadOnlyList<long> Sequences, IReadOnlyDictionary<(string Province, string Indicator), long> Ledger)
{
    public const int RequestSize = 1_000;

    public static StoredRows Of(DossierWorkload workload)
    {
        var stored = new Dictionary<(string, string), DossierFact>();
        var order = new List<(string, string)>();
        var deltas = new List<Delta>();
        var request = new List<Delta>();
        foreach (var (fact, i) in workload.Events.Select((e, i) => (e.ToFact(), i)))
        {
            if (i % RequestSize == 0)
            {
                deltas.AddRange(Contributions.PerBucket(request));
                request.Clear();
            }

            var key = (fact.Province, fact.DossierId);
            var previous = stored.GetValueOrDefault(key);
            if (!FactVersions.Supersedes(fact, previous) || Equals(previous, fact))
            {
                continue;
            }

            request.AddRange(Contributions.Between(previous, fact));
            if (previous is null)
            {
                order.Add(key);
            }

            stored[key] = fact;
        }

        deltas.AddRange(Contributions.PerBucket(request));
        var ledger = new Dictionary<(string, string), long>();
        var sequences = deltas.Select(d => ledger[(d.Province, d.Indicator)] = ledger.GetValueOrDefault((d.Province, d.Indicator)) + 1).ToList();
        return new StoredRows(order.Select(key => stored[key]).ToList(), deltas, sequences, ledger);
    }
}
