using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Alerts;

/// <summary>
/// The alerts feature's storage: one row per episode, moved by the grain that owns its figure (as its
/// <see cref="IAlertJournal"/>), listed and acknowledged through the API. A move applies only to the version its grain
/// read, so a second activation, or a turn re-run after a crash, cannot make it twice; a move that tells subscribers
/// writes its event (<see cref="AlertEvent"/>) in the same transaction, the outbox notifications are sent from.
/// </summary>
public sealed class SqlAlertStore(Database database) : IAlertJournal
{
    private const string Columns =
        "id, province, indicator, period, state, status, value, target, behind_since, fired_at, clear_since, resolved_at, silence_id, " +
        "acknowledged_by, acknowledged_at, last_fact_at, version";

    private const string Open = "state IN ('pending', 'firing', 'recovering', 'no-data')";

    private const string EventColumns =
        "id, alert_id, change, kind, province, indicator, period, value, target, status, last_fact_at, changed_at";

    public async Task<RecordedAlert?> OpenAsync(IndicatorKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE province = @province AND indicator = @indicator AND {Open}",
            c => c.AddParameter("province", key.Province).AddParameter("indicator", key.Indicator), cancellationToken)).SingleOrDefault();
    }

    public async Task<long?> SilenceOverAsync(IndicatorKey key, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, ends_at FROM silences
            WHERE (province IS NULL OR province = @province) AND (indicator IS NULL OR indicator = @indicator) ORDER BY id
            """;
        command.AddParameter("province", key.Province).AddParameter("indicator", key.Indicator);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Few rows, and SQLite keeps instants as text: the end is compared here rather than in SQL.
            if (reader.GetFieldValue<DateTimeOffset>(1) > at)
            {
                return reader.GetInt64(0);
            }
        }

        return null;
    }

    public async Task<RecordedAlert> RecordAsync(IndicatorKey key, RecordedAlert? from, AlertMove move, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var episode = move.To;
        long id;
        long version;
        if (from is null)
        {
            (id, version) = (await InsertAsync(connection, transaction, key, episode, cancellationToken)
                             ?? throw new AlertConflictException($"{key} has an open alert already: another activation began it"), 1);
        }
        else
        {
            (id, version) = (from.Alert.Id, from.Version + 1);
            var changed = episode.State == AlertState.Normal
                ? await ExecuteAsync(connection, transaction, "DELETE FROM alerts WHERE id = @id AND version = @seen",
                    c => c.AddParameter("id", id).AddParameter("seen", from.Version), cancellationToken)
                : await UpdateAsync(connection, transaction, id, from.Version, episode, cancellationToken);
            if (changed == 0)
            {
                throw new AlertConflictException($"Alert {id} of {key} was moved by another activation since version {from.Version}");
            }
        }

        if (move.Tell != AlertTell.Nothing)
        {
            await AddEventAsync(connection, transaction, key, id, version, move, cancellationToken);
        }

        var recorded = episode.State == AlertState.Normal
            ? new RecordedAlert(from!.Alert.With(episode), version)
            : (await QueryAsync(connection, transaction, $"SELECT {Columns} FROM alerts WHERE id = @id", c => c.AddParameter("id", id), cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    /// <summary>Newest first; <paramref name="unacknowledgedOnly"/> leaves out those acknowledged.</summary>
    public async Task<IReadOnlyList<Alert>> ListAsync(bool unacknowledgedOnly, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = unacknowledgedOnly ? "WHERE acknowledged_at IS NULL" : "";
        return (await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts {filter} ORDER BY id DESC LIMIT @limit",
            c => c.AddParameter("limit", limit), cancellationToken)).Select(r => r.Alert).ToList();
    }

    /// <summary>Alerts that fired, oldest first: what a report lists for its window.</summary>
    public async Task<IReadOnlyList<Alert>> FiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE fired_at IS NOT NULL ORDER BY id", _ => { }, cancellationToken))
            .Select(r => r.Alert).ToList();
    }

    /// <summary>
    /// Marks the alert acknowledged (the first acknowledgement stands); null when there is no such alert. Who acknowledged is
    /// not part of the alert's moves: its version stays, and its grain's next move keeps it.
    /// </summary>
    public async Task<Alert?> AcknowledgeAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "UPDATE alerts SET acknowledged_by = @by, acknowledged_at = @at WHERE id = @id AND acknowledged_at IS NULL",
            c => c.AddParameter("id", id).AddParameter("by", by).AddParameter("at", at), cancellationToken);
        return (await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE id = @id", c => c.AddParameter("id", id), cancellationToken))
            .SingleOrDefault()?.Alert;
    }

    /// <summary>Whether an alert with this id was ever recorded (a pending one that never fired leaves none).</summary>
    public async Task<bool> ExistsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM alerts WHERE id = @id";
        command.AddParameter("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    /// <summary>
    /// Up to <paramref name="count"/> events nobody has notified yet, oldest first, in the caller's transaction; on PostgreSQL
    /// locked until it ends, and those another node holds are skipped, not waited for.
    /// </summary>
    public async Task<IReadOnlyList<AlertEvent>> TakeUnnotifiedAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {EventColumns} FROM alert_events WHERE notified_at IS NULL ORDER BY id LIMIT @count
            {(database.Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "")}
            """;
        command.AddParameter("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<AlertEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AlertEvent(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.GetDouble(8), EnumText<TargetStatus>.Parse(reader.GetString(9)),
                Instant(reader, 10), reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return events;
    }

    /// <summary>Marks the event notified, in the transaction that wrote its notifications.</summary>
    public static Task MarkNotifiedAsync(DbConnection connection, DbTransaction transaction, AlertEvent alertEvent, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "UPDATE alert_events SET notified_at = @at WHERE id = @id",
            c => c.AddParameter("id", alertEvent.Id).AddParameter("at", at), cancellationToken);

    private static async Task<long?> InsertAsync(DbConnection connection, DbTransaction transaction, IndicatorKey key, AlertEpisode episode, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        // One open episode per key (the index alerts_open): a second activation beginning one too inserts nothing.
        insert.CommandText = """
            INSERT INTO alerts (province, indicator, period, state, status, value, target, behind_since, fired_at, clear_since, resolved_at,
                silence_id, last_fact_at, version)
            VALUES (@province, @indicator, @period, @state, @status, @value, @target, @since, @fired, @clear, @resolved, @silence, @lastFact, 1)
            ON CONFLICT DO NOTHING RETURNING id
            """;
        Episode(insert.AddParameter("province", key.Province).AddParameter("indicator", key.Indicator), episode);
        return await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull ? Convert.ToInt64(id) : null;
    }

    private static async Task<int> UpdateAsync(
        DbConnection connection, DbTransaction transaction, long id, long seen, AlertEpisode episode, CancellationToken cancellationToken)
    {
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE alerts SET period = @period, state = @state, status = @status, value = @value, target = @target, behind_since = @since,
                fired_at = @fired, clear_since = @clear, resolved_at = @resolved, silence_id = @silence, last_fact_at = @lastFact,
                version = version + 1
            WHERE id = @id AND version = @seen
            """;
        Episode(update.AddParameter("id", id).AddParameter("seen", seen), episode);
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Episode(DbCommand command, AlertEpisode episode) => command
        .AddParameter("period", episode.Period).AddParameter("state", EnumText<AlertState>.Of(episode.State))
        .AddParameter("status", EnumText<TargetStatus>.Of(episode.Figure.Status)).AddParameter("value", episode.Figure.Value)
        .AddParameter("target", episode.Figure.Target).AddParameter("since", episode.Since).AddParameter("fired", episode.FiredAt)
        .AddParameter("clear", episode.ClearSince).AddParameter("resolved", episode.ResolvedAt).AddParameter("silence", episode.SilenceId)
        .AddParameter("lastFact", episode.LastFactAt);

    private static async Task AddEventAsync(
        DbConnection connection, DbTransaction transaction, IndicatorKey key, long id, long version, AlertMove move, CancellationToken cancellationToken)
    {
        var episode = move.To;
        // The episode is about a silent feed if it is one now, or was one until this move ended it.
        var kind = episode.State == AlertState.NoData || move.From?.State == AlertState.NoData ? AlertKinds.NoData : AlertKinds.Behind;
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO alert_events (alert_id, alert_version, change, kind, province, indicator, period, value, target, status, last_fact_at, changed_at)
            VALUES (@id, @version, @change, @kind, @province, @indicator, @period, @value, @target, @status, @lastFact, @at)
            """,
            c => c.AddParameter("id", id).AddParameter("version", version)
                .AddParameter("change", move.Tell == AlertTell.Fired ? AlertChanges.Firing : AlertChanges.Resolved).AddParameter("kind", kind)
                .AddParameter("province", key.Province).AddParameter("indicator", key.Indicator).AddParameter("period", episode.Period)
                .AddParameter("value", episode.Figure.Value).AddParameter("target", episode.Figure.Target)
                .AddParameter("status", EnumText<TargetStatus>.Of(episode.Figure.Status)).AddParameter("lastFact", episode.LastFactAt)
                .AddParameter("at", move.At),
            cancellationToken);
    }

    private static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<RecordedAlert>> QueryAsync(
        DbConnection connection, DbTransaction? transaction, string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<RecordedAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new RecordedAlert(new Alert(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                EnumText<AlertState>.Parse(reader.GetString(4)), EnumText<TargetStatus>.Parse(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.GetDouble(7), reader.GetFieldValue<DateTimeOffset>(8),
                Instant(reader, 9), Instant(reader, 10), Instant(reader, 11), reader.IsDBNull(12) ? null : reader.GetInt64(12),
                reader.IsDBNull(13) ? null : reader.GetString(13), Instant(reader, 14), Instant(reader, 15)), reader.GetInt64(16)));
        }

        return alerts;
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
