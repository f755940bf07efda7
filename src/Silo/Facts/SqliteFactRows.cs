using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;

using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Facts;

/// <summary>
/// SQLite's rows: the engine runs in the process, so a statement costs no round trip; each statement is
/// prepared once per commit and run for every row.
/// </summary>
internal sealed class SqliteFactRows : IFactRows
{
    // SQLite allows 32,766 host parameters per statement; a few hundred keep the statement text short.
    private const int KeysPerQuery = 500;

    /// <summary>
    /// Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already takes the database's one write lock: the
    /// ledger rows need only exist and be read.
    /// </summary>
    public async Task<Dictionary<IndicatorKey, long>> LockAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> provinces, CancellationToken cancellationToken)
    {
        var grains = provinces.SelectMany(p => Indicators.All.Select(i => new IndicatorKey(p, i.Id))).ToList();
        await RunAsync(connection, transaction, "INSERT OR IGNORE INTO ledger (province, indicator, last_sequence) VALUES (@p0, @p1, 0)",
            grains, g => [g.Province, g.Indicator], cancellationToken);

        var ledger = new Dictionary<IndicatorKey, long>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.AddParameter("p0", null);
        command.CommandText = "SELECT indicator, last_sequence FROM ledger WHERE province = @p0";
        foreach (var province in provinces)
        {
            command.Parameters[0].Value = province;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ledger[new IndicatorKey(province, reader.GetString(0))] = reader.GetInt64(1);
            }
        }

        return ledger;
    }

    public async Task<IReadOnlyList<DossierFact>> ReadDossiersAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<(string Province, string DossierId)> keys, CancellationToken cancellationToken)
    {
        var dossiers = new List<DossierFact>();
        foreach (var province in keys.GroupBy(k => k.Province, k => k.DossierId))
        {
            foreach (var chunk in province.Chunk(KeysPerQuery))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var names = chunk.Select((id, i) => { command.AddParameter($"k{i}", id); return $"@k{i}"; });
                command.CommandText = $"SELECT {DossierColumns.List} FROM dossiers WHERE province = @province AND dossier_id IN ({string.Join(", ", names)})";
                command.AddParameter("province", province.Key);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    dossiers.Add(DossierColumns.Read(reader));
                }
            }
        }

        return dossiers;
    }

    public async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, FactChanges changes, IReadOnlyList<long> sequences,
        IReadOnlyDictionary<IndicatorKey, long> lastSequences, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        await RunAsync(connection, transaction, """
            INSERT INTO dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
            ON CONFLICT (province, dossier_id) DO UPDATE SET
                level = excluded.level, channel = excluded.channel, procedure_code = excluded.procedure_code,
                received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = excluded.resolved_at,
                status = excluded.status, updated_at = excluded.updated_at
            """, InKeyOrder([.. changes.NewDossiers, .. changes.ChangedDossiers], d => (d.Province, d.DossierId, 0L)), d => [d.Province, d.DossierId, EnumText<AdministrativeLevel>.Of(d.Level), EnumText<Channel>.Of(d.Channel),
                d.ProcedureCode, d.ReceivedAt, d.DueAt, d.ResolvedAt, EnumText<DossierStatus>.Of(d.Status), recordedAt], cancellationToken);

        await RunAsync(connection, transaction, """
            INSERT INTO edoc_counts (province, agency, level, direction, period, electronic, total, updated_at)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
            ON CONFLICT (province, agency, level, direction, period) DO UPDATE SET
                electronic = excluded.electronic, total = excluded.total, updated_at = excluded.updated_at
            """, changes.EDocCounts, c => [c.Province, c.Agency, EnumText<AdministrativeLevel>.Of(c.Level), EnumText<Direction>.Of(c.Direction),
                c.Month.ToString(), c.Electronic, c.Total, recordedAt], cancellationToken);

        await RunAsync(connection, transaction, """
            INSERT INTO procedures (province, code, name, online_level, updated_at)
            VALUES (@p0, @p1, @p2, @p3, @p4)
            ON CONFLICT (province, code) DO UPDATE SET
                name = excluded.name, online_level = excluded.online_level, updated_at = excluded.updated_at
            """, changes.Procedures, p => [p.Province, p.Code, p.Name, p.OnlineLevel, recordedAt], cancellationToken);

        await RunAsync(connection, transaction, "DELETE FROM procedures WHERE province = @p0 AND code = @p1",
            changes.RemovedProcedures, p => [p.Province, p.Code], cancellationToken);

        var day = SqlDeltaLog.DayOf(recordedAt);
        await RunAsync(connection, transaction, """
            INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
            """, InKeyOrder(changes.Deltas.Select((d, i) => (Sequence: sequences[i], Delta: d)), r => (r.Delta.Province, r.Delta.Indicator, r.Sequence)), row =>
            {
                var (sequence, d) = row;
                return [d.Province, d.Indicator, sequence, d.Bucket, d.Values[0], d.Values[1], d.Values[2], d.Values[3], d.Values[4], d.Values[5], recordedAt, day];
            }, cancellationToken);

        await RunAsync(connection, transaction, "UPDATE ledger SET last_sequence = @p2 WHERE province = @p0 AND indicator = @p1",
            lastSequences.ToList(), l => [l.Key.Province, l.Key.Indicator, l.Value], cancellationToken);
    }

    /// <summary>
    /// Rows in the order of their table's key (SQLite compares text bytewise, as ordinal comparison does): a commit's rows
    /// for one grain, or one province's dossiers, then land next to each other in the key's B-tree instead of all over it.
    /// </summary>
    private static List<T> InKeyOrder<T>(IEnumerable<T> rows, Func<T, (string, string, long)> key) =>
        rows.OrderBy(key, KeyOrder.Instance).ToList();

    private sealed class KeyOrder : IComparer<(string, string, long)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string, string, long) x, (string, string, long) y) =>
            string.CompareOrdinal(x.Item1, y.Item1) is not 0 and var first ? first
            : string.CompareOrdinal(x.Item2, y.Item2) is not 0 and var second ? second
            : x.Item3.CompareTo(y.Item3);
    }

    /// <summary>Runs <paramref name="sql"/> once per row.</summary>
    private static async Task RunAsync<T>(
        DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<T> rows, Func<T, object?[]> values,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var first = values(rows[0]);
        for (var i = 0; i < first.Length; i++)
        {
            command.AddParameter($"p{i}", null);
        }

        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            var rowValues = values(row);
            for (var i = 0; i < rowValues.Length; i++)
            {
                command.Parameters[i].Value = DbCommandExtensions.ToDbValue(rowValues[i]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
