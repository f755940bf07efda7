using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;
using Npgsql;
using NpgsqlTypes;

namespace KpiActors.Silo.Facts;

/// <summary>
/// PostgreSQL's rows, in bulk: new dossiers and the deltas by binary COPY, the bulk path PostgreSQL itself
/// offers; the rest (corrected dossiers, counts, catalogues) by one statement per table with its rows
/// passed as arrays and spread by unnest. A statement per row paid a round trip, a parse and an executor
/// start-up for every fact and every delta, several times what the rows themselves cost.
/// </summary>
internal sealed class PostgresFactRows : IFactRows
{
    /// <summary>
    /// Two statements, one round trip: the ledger rows of every indicator of these provinces are created if new,
    /// then locked in one order (province, indicator) by every node, so that two commits never wait on each other
    /// in a circle.
    /// </summary>
    public async Task<Dictionary<IndicatorKey, long>> LockAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> provinces, CancellationToken cancellationToken)
    {
        var ledger = new Dictionary<IndicatorKey, long>();
        if (provinces.Count == 0)
        {
            return ledger;
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        var seed = Statement(batch, """
            INSERT INTO ledger (province, indicator, last_sequence)
            SELECT p, i, 0 FROM unnest(@provinces) AS p CROSS JOIN unnest(@indicators) AS i
            ON CONFLICT (province, indicator) DO NOTHING
            """, recordedAt: null);
        AddArray(seed.Parameters, "provinces", provinces);
        AddArray(seed.Parameters, "indicators", Indicators.All.Select(i => i.Id));
        var lockRows = Statement(batch, """
            SELECT province, indicator, last_sequence FROM ledger
            WHERE province = ANY(@provinces) ORDER BY province, indicator FOR UPDATE
            """, recordedAt: null);
        AddArray(lockRows.Parameters, "provinces", provinces);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ledger[new IndicatorKey(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return ledger;
    }

    public async Task<IReadOnlyList<DossierFact>> ReadDossiersAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<(string Province, string DossierId)> keys, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT {DossierColumns.List} FROM dossiers
            WHERE (province, dossier_id) IN (SELECT * FROM unnest(@province, @id))
            """);
        AddArray(command.Parameters, "province", keys.Select(k => k.Province));
        AddArray(command.Parameters, "id", keys.Select(k => k.DossierId));
        var dossiers = new List<DossierFact>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            dossiers.Add(DossierColumns.Read(reader));
        }

        return dossiers;
    }

    public async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, FactChanges changes, IReadOnlyList<long> sequences,
        IReadOnlyDictionary<IndicatorKey, long> lastSequences, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var postgres = (NpgsqlConnection)connection;
        await CopyDossiersAsync(postgres, changes.NewDossiers, recordedAt, cancellationToken);
        await CopyDeltasAsync(postgres, changes.Deltas, sequences, recordedAt, cancellationToken);

        await using var batch = new NpgsqlBatch(postgres, (NpgsqlTransaction)transaction);
        if (lastSequences.Count > 0)
        {
            var advance = Statement(batch, """
                UPDATE ledger SET last_sequence = moved.last_sequence
                FROM unnest(@province, @indicator, @last) AS moved (province, indicator, last_sequence)
                WHERE ledger.province = moved.province AND ledger.indicator = moved.indicator
                """, recordedAt: null);
            AddArray(advance.Parameters, "province", lastSequences.Keys.Select(k => k.Province));
            AddArray(advance.Parameters, "indicator", lastSequences.Keys.Select(k => k.Indicator));
            AddArray(advance.Parameters, "last", lastSequences.Values);
        }

        if (changes.ChangedDossiers is { Count: > 0 } dossiers)
        {
            var upsert = Statement(batch, """
                INSERT INTO dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at)
                SELECT *, @at FROM unnest(@province, @id, @level, @channel, @procedure, @received, @due, @resolved, @status)
                ON CONFLICT (province, dossier_id) DO UPDATE SET
                    level = excluded.level, channel = excluded.channel, procedure_code = excluded.procedure_code,
                    received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = excluded.resolved_at,
                    status = excluded.status, updated_at = excluded.updated_at
                """, recordedAt);
            AddArray(upsert.Parameters, "province", dossiers.Select(d => d.Province));
            AddArray(upsert.Parameters, "id", dossiers.Select(d => d.DossierId));
            AddArray(upsert.Parameters, "level", dossiers.Select(d => EnumText<AdministrativeLevel>.Of(d.Level)));
            AddArray(upsert.Parameters, "channel", dossiers.Select(d => EnumText<Channel>.Of(d.Channel)));
            AddArray(upsert.Parameters, "procedure", dossiers.Select(d => d.ProcedureCode));
            AddInstants(upsert.Parameters, "received", dossiers.Select(d => d.ReceivedAt.UtcDateTime));
            AddInstants(upsert.Parameters, "due", dossiers.Select(d => d.DueAt.UtcDateTime));
            AddInstants(upsert.Parameters, "resolved", dossiers.Select(d => d.ResolvedAt?.UtcDateTime));
            AddArray(upsert.Parameters, "status", dossiers.Select(d => EnumText<DossierStatus>.Of(d.Status)));
        }

        if (changes.EDocCounts is { Count: > 0 } counts)
        {
            var upsert = Statement(batch, """
                INSERT INTO edoc_counts (province, agency, level, direction, period, electronic, total, updated_at)
                SELECT *, @at FROM unnest(@province, @agency, @level, @direction, @period, @electronic, @total)
                ON CONFLICT (province, agency, level, direction, period) DO UPDATE SET
                    electronic = excluded.electronic, total = excluded.total, updated_at = excluded.updated_at
                """, recordedAt);
            AddArray(upsert.Parameters, "province", counts.Select(c => c.Province));
            AddArray(upsert.Parameters, "agency", counts.Select(c => c.Agency));
            AddArray(upsert.Parameters, "level", counts.Select(c => EnumText<AdministrativeLevel>.Of(c.Level)));
            AddArray(upsert.Parameters, "direction", counts.Select(c => EnumText<Direction>.Of(c.Direction)));
            AddArray(upsert.Parameters, "period", counts.Select(c => c.Month.ToString()));
            AddArray(upsert.Parameters, "electronic", counts.Select(c => c.Electronic));
            AddArray(upsert.Parameters, "total", counts.Select(c => c.Total));
        }

        if (changes.Procedures is { Count: > 0 } procedures)
        {
            var upsert = Statement(batch, """
                INSERT INTO procedures (province, code, name, online_level, updated_at)
                SELECT *, @at FROM unnest(@province, @code, @name, @level)
                ON CONFLICT (province, code) DO UPDATE SET
                    name = excluded.name, online_level = excluded.online_level, updated_at = excluded.updated_at
                """, recordedAt);
            AddArray(upsert.Parameters, "province", procedures.Select(p => p.Province));
            AddArray(upsert.Parameters, "code", procedures.Select(p => p.Code));
            AddArray(upsert.Parameters, "name", procedures.Select(p => p.Name));
            AddArray(upsert.Parameters, "level", procedures.Select(p => p.OnlineLevel));
        }

        if (changes.RemovedProcedures is { Count: > 0 } removed)
        {
            var delete = Statement(batch, "DELETE FROM procedures WHERE (province, code) IN (SELECT * FROM unnest(@province, @code))", recordedAt: null);
            AddArray(delete.Parameters, "province", removed.Select(p => p.Province));
            AddArray(delete.Parameters, "code", removed.Select(p => p.Code));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyDossiersAsync(NpgsqlConnection connection, IReadOnlyList<DossierFact> dossiers, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        if (dossiers.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var d in dossiers)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(d.Province, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(d.DossierId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(EnumText<AdministrativeLevel>.Of(d.Level), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(EnumText<Channel>.Of(d.Channel), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(d.ProcedureCode, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(d.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(d.DueAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(d.ResolvedAt?.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(EnumText<DossierStatus>.Of(d.Status), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(recordedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyDeltasAsync(
        NpgsqlConnection connection, IReadOnlyList<Delta> deltas, IReadOnlyList<long> sequences, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        if (deltas.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY delta_log (sequence, province, indicator, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var day = SqlDeltaLog.DayOf(recordedAt);
        for (var i = 0; i < deltas.Count; i++)
        {
            var delta = deltas[i];
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(sequences[i], NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(delta.Province, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(delta.Indicator, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(delta.Bucket, NpgsqlDbType.Integer, cancellationToken);
            foreach (var value in delta.Values)
            {
                await importer.WriteAsync(value, NpgsqlDbType.Bigint, cancellationToken);
            }

            await importer.WriteAsync(recordedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(day, NpgsqlDbType.Integer, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(DbConnection connection, DbTransaction transaction, string sql) =>
        new(sql, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);

    private static NpgsqlBatchCommand Statement(NpgsqlBatch batch, string sql, DateTimeOffset? recordedAt)
    {
        var statement = batch.CreateBatchCommand();
        statement.CommandText = sql;
        if (recordedAt is { } at)
        {
            statement.Parameters.Add(new NpgsqlParameter<DateTime>("at", NpgsqlDbType.TimestampTz) { TypedValue = at.UtcDateTime });
        }

        batch.BatchCommands.Add(statement);
        return statement;
    }

    /// <summary>An array parameter; its element type fixes the column type unnest yields (text, bigint, integer).</summary>
    private static void AddArray<T>(NpgsqlParameterCollection parameters, string name, IEnumerable<T> values) =>
        parameters.Add(new NpgsqlParameter<T[]>(name, values.ToArray()));

    /// <summary>Instants as timestamptz, which they are whatever a DateTime's kind would suggest.</summary>
    private static void AddInstants<T>(NpgsqlParameterCollection parameters, string name, IEnumerable<T> values) =>
        parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = values.ToArray() });
}
