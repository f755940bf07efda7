using System.Data.Common;
using KpiActors.Domain;

namespace KpiActors.Silo.Storage;

/// <summary>
/// Stores facts and appends the deltas they yield in one transaction: previous versions are read,
/// diffed against the new ones, upserted, and the differences written to the log. A repeat yields no
/// delta and writes nothing.
/// </summary>
public sealed class SqlFactStore(Database database, TimeProvider clock)
{
    private const int KeysPerQuery = 500;

    public async Task<FactCommit> CommitAsync(IReadOnlyList<FactBatch> batches, CancellationToken cancellationToken = default)
    {
        var recordedAt = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = await LoadPreviousAsync(connection, transaction, batches, cancellationToken);
        await using var writer = new Writer(connection, transaction, recordedAt);

        var outcomes = new List<BatchOutcome>(batches.Count);
        foreach (var batch in batches)
        {
            int changed = 0, unchanged = 0;
            foreach (var fact in batch.Facts.Select(AtStoredPrecision))
            {
                var key = KeyOf(fact);
                known.TryGetValue(key, out var previous);
                if (FactVersions.Supersedes(fact, previous) && await writer.WriteAsync(previous, fact, cancellationToken))
                {
                    changed++;
                    known[key] = fact;
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
                    await writer.WriteAsync(procedure, null, cancellationToken);
                    known[key] = null;
                    changed++;
                }
            }

            outcomes.Add(new BatchOutcome(changed, unchanged));
        }

        var deltas = await writer.FinishAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FactCommit(outcomes, deltas);
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
    private static async Task<Dictionary<string, IFact?>> LoadPreviousAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<FactBatch> batches, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, IFact?>();
        var facts = batches.SelectMany(b => b.Facts).ToList();

        foreach (var province in facts.OfType<DossierFact>().GroupBy(d => d.Province))
        {
            foreach (var chunk in province.Select(d => d.DossierId).Distinct().Chunk(KeysPerQuery))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var names = chunk.Select((id, i) => { command.AddParameter($"k{i}", id); return $"@k{i}"; });
                command.CommandText = $"""
                    SELECT province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status
                    FROM dossiers WHERE province = @province AND dossier_id IN ({string.Join(", ", names)})
                    """;
                command.AddParameter("province", province.Key);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var dossier = new DossierFact(
                        reader.GetString(0),
                        reader.GetString(1),
                        EnumText<AdministrativeLevel>.Parse(reader.GetString(2)),
                        EnumText<Channel>.Parse(reader.GetString(3)),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.GetFieldValue<DateTimeOffset>(5),
                        reader.GetFieldValue<DateTimeOffset>(6),
                        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                        EnumText<DossierStatus>.Parse(reader.GetString(8)));
                    known[KeyOf(dossier)] = dossier;
                }
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
            AddEDocKey(command, count);
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

    private static void AddEDocKey(DbCommand command, EDocCountFact count)
    {
        command.AddParameter("province", count.Province);
        command.AddParameter("agency", count.Agency);
        command.AddParameter("level", EnumText<AdministrativeLevel>.Of(count.Level));
        command.AddParameter("direction", EnumText<Direction>.Of(count.Direction));
        command.AddParameter("period", count.Month.ToString());
    }

    /// <summary>
    /// The statements of one commit. Where the engine batches statements (PostgreSQL), they go a thousand at a
    /// time: a round trip per statement (an upsert and an insert per delta, for every fact) cost more than the
    /// statements themselves. Elsewhere (SQLite, in-process) each is prepared once and reused for every row.
    /// </summary>
    private sealed class Writer(DbConnection connection, DbTransaction transaction, DateTimeOffset recordedAt) : IAsyncDisposable
    {
        private const int StatementsPerBatch = 1000;

        private readonly Dictionary<string, DbCommand> _byName = [];
        private readonly DbBatch? _writes = NewBatch(connection, transaction);
        private readonly DbBatch? _appends = NewBatch(connection, transaction);
        private readonly List<Delta> _pendingAppends = [];
        private readonly List<CommittedDelta> _committed = [];

        /// <summary>Stores <paramref name="next"/> over <paramref name="previous"/> (null removes it); false when nothing changed.</summary>
        public async Task<bool> WriteAsync(IFact? previous, IFact? next, CancellationToken cancellationToken)
        {
            var deltas = Contributions.Between(previous, next).ToList();
            if (deltas.Count == 0 && (next is null || Equals(previous, next)))
            {
                return false;
            }

            switch (next)
            {
                case DossierFact dossier:
                    await UpsertAsync(dossier, cancellationToken);
                    break;
                case EDocCountFact count:
                    await UpsertAsync(count, cancellationToken);
                    break;
                case ProcedureFact procedure:
                    await UpsertAsync(procedure, cancellationToken);
                    break;
                case null when previous is ProcedureFact removed:
                    await DeleteAsync(removed, cancellationToken);
                    break;
            }

            foreach (var delta in deltas)
            {
                await AppendAsync(delta, cancellationToken);
            }

            return true;
        }

        /// <summary>Sends what is still batched; returns every delta of the commit with its sequence, in sequence order.</summary>
        public async Task<IReadOnlyList<CommittedDelta>> FinishAsync(CancellationToken cancellationToken)
        {
            await FlushWritesAsync(cancellationToken);
            await FlushAppendsAsync(cancellationToken);
            return _committed;
        }

        private async Task UpsertAsync(DossierFact dossier, CancellationToken cancellationToken)
        {
            var command = Prepared("dossier", """
                INSERT INTO dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at)
                VALUES (@province, @id, @level, @channel, @procedure, @received, @due, @resolved, @status, @at)
                ON CONFLICT (province, dossier_id) DO UPDATE SET
                    level = excluded.level, channel = excluded.channel, procedure_code = excluded.procedure_code,
                    received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = excluded.resolved_at,
                    status = excluded.status, updated_at = excluded.updated_at
                """, "province", "id", "level", "channel", "procedure", "received", "due", "resolved", "status", "at");
            Set(command, dossier.Province, dossier.DossierId, EnumText<AdministrativeLevel>.Of(dossier.Level), EnumText<Channel>.Of(dossier.Channel),
                dossier.ProcedureCode, dossier.ReceivedAt, dossier.DueAt, dossier.ResolvedAt, EnumText<DossierStatus>.Of(dossier.Status), recordedAt);
            await ExecuteAsync(command, cancellationToken);
        }

        private async Task UpsertAsync(EDocCountFact count, CancellationToken cancellationToken)
        {
            var command = Prepared("edoc", """
                INSERT INTO edoc_counts (province, agency, level, direction, period, electronic, total, updated_at)
                VALUES (@province, @agency, @level, @direction, @period, @electronic, @total, @at)
                ON CONFLICT (province, agency, level, direction, period) DO UPDATE SET
                    electronic = excluded.electronic, total = excluded.total, updated_at = excluded.updated_at
                """, "province", "agency", "level", "direction", "period", "electronic", "total", "at");
            Set(command, count.Province, count.Agency, EnumText<AdministrativeLevel>.Of(count.Level), EnumText<Direction>.Of(count.Direction),
                count.Month.ToString(), count.Electronic, count.Total, recordedAt);
            await ExecuteAsync(command, cancellationToken);
        }

        private async Task UpsertAsync(ProcedureFact procedure, CancellationToken cancellationToken)
        {
            var command = Prepared("procedure", """
                INSERT INTO procedures (province, code, name, online_level, updated_at)
                VALUES (@province, @code, @name, @level, @at)
                ON CONFLICT (province, code) DO UPDATE SET
                    name = excluded.name, online_level = excluded.online_level, updated_at = excluded.updated_at
                """, "province", "code", "name", "level", "at");
            Set(command, procedure.Province, procedure.Code, procedure.Name, procedure.OnlineLevel, recordedAt);
            await ExecuteAsync(command, cancellationToken);
        }

        private async Task DeleteAsync(ProcedureFact procedure, CancellationToken cancellationToken)
        {
            var command = Prepared("removal", "DELETE FROM procedures WHERE province = @province AND code = @code", "province", "code");
            Set(command, procedure.Province, procedure.Code);
            await ExecuteAsync(command, cancellationToken);
        }

        private async Task AppendAsync(Delta delta, CancellationToken cancellationToken)
        {
            var command = Prepared("delta", """
                INSERT INTO delta_log (province, indicator, bucket, v0, v1, v2, v3, v4, v5, recorded_at)
                VALUES (@province, @indicator, @bucket, @v0, @v1, @v2, @v3, @v4, @v5, @at)
                RETURNING sequence
                """, "province", "indicator", "bucket", "v0", "v1", "v2", "v3", "v4", "v5", "at");
            var v = delta.Values;
            Set(command, delta.Province, delta.Indicator, delta.Bucket, v[0], v[1], v[2], v[3], v[4], v[5], recordedAt);
            if (_appends is null)
            {
                Committed(delta, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)));
                return;
            }

            _appends.BatchCommands.Add(Copy(_appends, command));
            _pendingAppends.Add(delta);
            if (_pendingAppends.Count >= StatementsPerBatch)
            {
                await FlushAppendsAsync(cancellationToken);
            }
        }

        private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (_writes is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            _writes.BatchCommands.Add(Copy(_writes, command));
            if (_writes.BatchCommands.Count >= StatementsPerBatch)
            {
                await FlushWritesAsync(cancellationToken);
            }
        }

        private async Task FlushWritesAsync(CancellationToken cancellationToken)
        {
            if (_writes is { BatchCommands.Count: > 0 })
            {
                await _writes.ExecuteNonQueryAsync(cancellationToken);
                _writes.BatchCommands.Clear();
            }
        }

        /// <summary>Every insert of the batch answers one row, its sequence, in the order the inserts were sent.</summary>
        private async Task FlushAppendsAsync(CancellationToken cancellationToken)
        {
            if (_appends is not { BatchCommands.Count: > 0 })
            {
                return;
            }

            await using (var reader = await _appends.ExecuteReaderAsync(cancellationToken))
            {
                foreach (var delta in _pendingAppends)
                {
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        throw new InvalidOperationException("An insert into delta_log returned no sequence.");
                    }

                    Committed(delta, reader.GetInt64(0));
                    await reader.NextResultAsync(cancellationToken);
                }
            }

            _appends.BatchCommands.Clear();
            _pendingAppends.Clear();
        }

        private void Committed(Delta delta, long sequence) =>
            _committed.Add(new CommittedDelta(delta.Province, delta.Indicator, new LoggedDelta(sequence, delta.Bucket, delta.Values, recordedAt)));

        private static DbBatch? NewBatch(DbConnection connection, DbTransaction transaction)
        {
            if (!connection.CanCreateBatch)
            {
                return null;
            }

            var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            return batch;
        }

        /// <summary>The prepared command as it stands (text and current values), as a statement of <paramref name="batch"/>.</summary>
        private static DbBatchCommand Copy(DbBatch batch, DbCommand command)
        {
            var copy = batch.CreateBatchCommand();
            copy.CommandText = command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var value = copy.CreateParameter();
                value.ParameterName = parameter.ParameterName;
                value.Value = parameter.Value;
                copy.Parameters.Add(value);
            }

            return copy;
        }

        private DbCommand Prepared(string name, string sql, params string[] parameters)
        {
            if (_byName.TryGetValue(name, out var command))
            {
                return command;
            }

            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var parameter in parameters)
            {
                command.AddParameter(parameter, null);
            }

            _byName[name] = command;
            return command;
        }

        private static void Set(DbCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateTimeOffset instant => instant.ToUniversalTime(),
                    var value => value,
                };
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _byName.Values)
            {
                await command.DisposeAsync();
            }

            foreach (var batch in new[] { _writes, _appends }.OfType<DbBatch>())
            {
                await batch.DisposeAsync();
            }
        }
    }
}
