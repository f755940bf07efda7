using System.Data.Common;
using System.Diagnostics;
using KpiActors.Domain;
using KpiActors.Grains;

using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Facts;

/// <summary>
/// Stores facts and appends the deltas they yield in one transaction: the provinces' ledger rows are locked
/// (one writer per province, cluster-wide), previous versions are read, diffed against the new ones in memory,
/// and the new versions and the differences written in bulk by the engine's <see cref="IFactRows"/>, one delta per
/// bucket of each grain. Each grain's deltas continue its own gap-free sequence. A repeat yields no delta and writes nothing.
/// </summary>
public sealed class SqlFactStore(Database database, TimeProvider clock)
{
    /// <summary>How a commit's fact rows are read and written: each engine's fastest way within one transaction.</summary>
    private readonly IFactRows _rows = database.Provider == StorageProvider.Postgres ? new PostgresFactRows() : new SqliteFactRows();

    public async Task<FactCommit> CommitAsync(IReadOnlyList<FactBatch> batches, CancellationToken cancellationToken = default)
    {
        var recordedAt = clock.GetUtcNow();
        var stored = batches.Select(b => b with { Facts = b.Facts.Select(AtStoredPrecision).ToList() }).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var provinces = stored.SelectMany(b => b.Provinces).Distinct().Order(StringComparer.Ordinal).ToList();
        var ledger = await _rows.LockAsync(connection, transaction, provinces, cancellationToken);
        var known = await LoadPreviousAsync(connection, transaction, stored, cancellationToken);
        FactStoreMetrics.ReadDuration.Record(FactStoreMetrics.SecondsSince(started));

        var (outcomes, changes) = Diff(stored, known);
        var previous = new Dictionary<IndicatorKey, long>(ledger);
        var sequences = new long[changes.Deltas.Count];
        for (var i = 0; i < sequences.Length; i++)
        {
            var grain = new IndicatorKey(changes.Deltas[i].Province, changes.Deltas[i].Indicator);
            sequences[i] = ledger[grain] = ledger.GetValueOrDefault(grain) + 1;
        }

        started = Stopwatch.GetTimestamp();
        var moved = ledger.Where(l => l.Value != previous.GetValueOrDefault(l.Key)).ToDictionary();
        await _rows.WriteAsync(connection, transaction, changes, sequences, moved, recordedAt, cancellationToken);
        FactStoreMetrics.WriteDuration.Record(FactStoreMetrics.SecondsSince(started));

        started = Stopwatch.GetTimestamp();
        await transaction.CommitAsync(cancellationToken);
        FactStoreMetrics.DurableDuration.Record(FactStoreMetrics.SecondsSince(started));

        var grains = changes.Deltas
            .Select((delta, i) => (Grain: new IndicatorKey(delta.Province, delta.Indicator), Logged: new LoggedDelta(sequences[i], delta.Bucket, delta.Values, recordedAt)))
            .GroupBy(d => d.Grain, d => d.Logged)
            .Select(g => new GrainDeltas(g.Key, new DeltaBatch(previous.GetValueOrDefault(g.Key), g.ToList())))
            .ToList();
        return new FactCommit(outcomes, grains);
    }

    /// <summary>
    /// Applies the batches, in order, to the stored versions in <paramref name="known"/>: what each batch changed,
    /// and what the whole commit must write.
    /// </summary>
    private static (IReadOnlyList<BatchOutcome> Outcomes, FactChanges Changes) Diff(IReadOnlyList<FactBatch> batches, Dictionary<string, IFact?> known)
    {
        var outcomes = new List<BatchOutcome>(batches.Count);
        var stored = known.Keys.ToHashSet();
        var written = new Dictionary<string, (IFact Fact, bool Removed)>();
        var deltas = new List<Delta>();

        bool Change(string key, IFact? previous, IFact? next)
        {
            var difference = Contributions.Between(previous, next).ToList();
            if (difference.Count == 0 && (next is null || Equals(previous, next)))
            {
                return false;
            }

            deltas.AddRange(difference);
            known[key] = next;
            written[key] = next is null ? (previous!, true) : (next, false);
            return true;
        }

        foreach (var batch in batches)
        {
            int changed = 0, unchanged = 0;
            foreach (var fact in batch.Facts)
            {
                var key = KeyOf(fact);
                var previous = known.GetValueOrDefault(key);
                if (FactVersions.Supersedes(fact, previous) && Change(key, previous, fact))
                {
                    changed++;
                }
                else
                {
                    unchanged++;
                }
            }

            if (batch.ReplacesCatalogueOf is { } province)
            {
                var listed = batch.Facts.Select(KeyOf).ToHashSet();
                var dropped = known.Where(k => k.Value is ProcedureFact p && p.Province == province && !listed.Contains(k.Key)).ToList();
                foreach (var (key, procedure) in dropped)
                {
                    Change(key, procedure, null);
                    changed++;
                }
            }

            outcomes.Add(new BatchOutcome(changed, unchanged));
        }

        var kept = written.Where(w => !w.Value.Removed).ToList();
        var dossiers = kept.Where(w => w.Value.Fact is DossierFact).ToLookup(w => stored.Contains(w.Key), w => (DossierFact)w.Value.Fact);
        var changes = new FactChanges(
            dossiers[false].ToList(),
            dossiers[true].ToList(),
            kept.Select(w => w.Value.Fact).OfType<EDocCountFact>().ToList(),
            kept.Select(w => w.Value.Fact).OfType<ProcedureFact>().ToList(),
            written.Values.Where(w => w.Removed).Select(w => (ProcedureFact)w.Fact).ToList(),
            // 1,000 dossiers of a few provinces and months make a few hundred rows of the log instead of thousands.
            Contributions.PerBucket(deltas));
        return (outcomes, changes);
    }

    /// <summary>
    /// A dossier's instants to the microsecond, the finest PostgreSQL keeps (a tick is a tenth of one). Otherwise
    /// a repeat whose instants carry finer ticks (a bare due date means the day's very last tick) differs from
    /// its stored copy, and PostgreSQL would report it changed where SQLite reports it unchanged.
    /// </summary>
    private static IFact AtStoredPrecision(IFact fact)
    {
        static DateTimeOffset Truncate(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));

        return fact is DossierFact dossier
            ? dossier with { ReceivedAt = Truncate(dossier.ReceivedAt), DueAt = Truncate(dossier.DueAt), ResolvedAt = dossier.ResolvedAt is { } resolved ? Truncate(resolved) : null }
            : fact;
    }

    private static string KeyOf(IFact fact) => fact switch
    {
        DossierFact d => $"d\u001f{d.Province}\u001f{d.DossierId}",
        EDocCountFact e => $"e\u001f{e.Province}\u001f{e.Agency}\u001f{EnumText<AdministrativeLevel>.Of(e.Level)}\u001f{EnumText<Direction>.Of(e.Direction)}\u001f{e.Month}",
        ProcedureFact p => $"p\u001f{p.Province}\u001f{p.Code}",
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    /// <summary>The stored version of every fact the batches touch (and whole catalogues being replaced), keyed like <see cref="KeyOf"/>.</summary>
    private async Task<Dictionary<string, IFact?>> LoadPreviousAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<FactBatch> batches, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, IFact?>();
        var facts = batches.SelectMany(b => b.Facts).ToList();

        var dossierKeys = facts.OfType<DossierFact>().Select(d => (d.Province, d.DossierId)).ToHashSet();
        if (dossierKeys.Count > 0)
        {
            foreach (var dossier in await _rows.ReadDossiersAsync(connection, transaction, dossierKeys, cancellationToken))
            {
                known[KeyOf(dossier)] = dossier;
            }
        }

        foreach (var count in facts.OfType<EDocCountFact>())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                SELECT electronic, total FROM edoc_counts
                WHERE province = @province AND agency = @agency AND level = @level AND direction = @direction AND period = @period
                """;
            command.AddParameter("province", count.Province);
            command.AddParameter("agency", count.Agency);
            command.AddParameter("level", EnumText<AdministrativeLevel>.Of(count.Level));
            command.AddParameter("direction", EnumText<Direction>.Of(count.Direction));
            command.AddParameter("period", count.Month.ToString());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                known[KeyOf(count)] = count with { Electronic = reader.GetInt64(0), Total = reader.GetInt64(1) };
            }
        }

        var catalogues = facts.OfType<ProcedureFact>().Select(p => p.Province)
            .Concat(batches.Select(b => b.ReplacesCatalogueOf).OfType<string>())
            .Distinct();
        foreach (var province in catalogues)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT code, name, online_level FROM procedures WHERE province = @province";
            command.AddParameter("province", province);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var procedure = new ProcedureFact(province, reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
                known[KeyOf(procedure)] = procedure;
            }
        }

        return known;
    }
}
