using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Alerts;

/// <summary>
/// The alerts feature's storage: one row per alert, from falling behind to resolution. Every change of state is one
/// transaction that first checks the state it changes from, under a lock shared by every node, so that two nodes (or a
/// grain replaying its log) making the same change make it once.
/// </summary>
public sealed class SqlAlertStore(Database database) : IAlertLog
{
    private const string Columns =
        "id, province, indicator, period, state, status, value, target, behind_since, fired_at, clear_since, resolved_at, silence_id, acknowledged_by, acknowledged_at";

    private const string Open = "state IN ('pending', 'firing')";

    // Any fixed number, the same on every node; another than the migration lock's.
    private const long ChangeLock = 7436103;

    public async Task<Alert?> ObserveAsync(IndicatorReading reading, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var behind = reading.Status == TargetStatus.Behind;
        return await ChangeAsync(async (connection, transaction) =>
        {
            var open = await SingleAsync(connection, transaction,
                $"SELECT {Columns} FROM alerts WHERE province = @province AND indicator = @indicator AND period = @period AND {Open}",
                c => c.AddParameter("province", reading.Province).AddParameter("indicator", reading.Indicator).AddParameter("period", reading.Period),
                cancellationToken);
            return (open, behind) switch
            {
                (null, true) => await InsertPendingAsync(connection, transaction, reading, at, cancellationToken),
                ({ State: AlertState.Pending } pending, false) => await DropAsync(connection, transaction, pending, reading, cancellationToken),
                ({ State: AlertState.Firing, ClearSince: null } firing, false) =>
                    await UpdateAsync(connection, transaction, firing with { ClearSince = at }, reading, cancellationToken),
                ({ State: AlertState.Firing, ClearSince: not null } firing, true) =>
                    await UpdateAsync(connection, transaction, firing with { ClearSince = null }, reading, cancellationToken),
                _ => null,
            };
        }, cancellationToken);
    }

    /// <summary>Pending and firing alerts, oldest first: what the evaluator looks at.</summary>
    public async Task<IReadOnlyList<Alert>> OpenAlertsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE {Open} ORDER BY id", _ => { }, cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="seen"/> to <paramref name="next"/> unless another node (or an observation) changed it first:
    /// then null. <paramref name="reading"/> is the figure it now carries; <paramref name="alongside"/> runs in the same
    /// transaction, so that what a change makes happen (its notifications) is written with it or not at all.
    /// </summary>
    public Task<Alert?> MoveAsync(
        Alert seen, Alert next, IndicatorReading reading, Func<DbConnection, DbTransaction, Alert, Task>? alongside, CancellationToken cancellationToken = default) =>
        ChangeAsync(async (connection, transaction) =>
        {
            var current = await SingleAsync(connection, transaction, $"SELECT {Columns} FROM alerts WHERE id = @id",
                c => c.AddParameter("id", seen.Id), cancellationToken);
            if (current is null || current.State != seen.State || current.ClearSince != seen.ClearSince)
            {
                return null;
            }

            var moved = next.State == AlertState.Normal
                ? await DropAsync(connection, transaction, current, reading, cancellationToken)
                : await UpdateAsync(connection, transaction, next, reading, cancellationToken);
            if (moved is not null && alongside is not null)
            {
                await alongside(connection, transaction, moved);
            }

            return moved;
        }, cancellationToken);

    /// <summary>Newest first; <paramref name="unacknowledgedOnly"/> leaves out those acknowledged.</summary>
    public async Task<IReadOnlyList<Alert>> ListAsync(bool unacknowledgedOnly, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = unacknowledgedOnly ? "WHERE acknowledged_at IS NULL" : "";
        return await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts {filter} ORDER BY id DESC LIMIT @limit",
            c => c.AddParameter("limit", limit), cancellationToken);
    }

    /// <summary>Alerts that fired, oldest first: what a report lists for its window.</summary>
    public async Task<IReadOnlyList<Alert>> FiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE fired_at IS NOT NULL ORDER BY id", _ => { }, cancellationToken);
    }

    /// <summary>Marks the alert acknowledged (the first acknowledgement stands); null when there is no such alert.</summary>
    public async Task<Alert?> AcknowledgeAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE alerts SET acknowledged_by = @by, acknowledged_at = @at WHERE id = @id AND acknowledged_at IS NULL";
            update.AddParameter("id", id).AddParameter("by", by).AddParameter("at", at);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return await SingleAsync(connection, null, $"SELECT {Columns} FROM alerts WHERE id = @id", c => c.AddParameter("id", id), cancellationToken);
    }

    private async Task<Alert?> ChangeAsync(Func<DbConnection, DbTransaction, Task<Alert?>> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Provider == StorageProvider.Postgres)
        {
            await using var lockRow = connection.CreateCommand();
            lockRow.Transaction = transaction;
            lockRow.CommandText = $"SELECT pg_advisory_xact_lock({ChangeLock})";
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        var changed = await change(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<Alert?> InsertPendingAsync(
        DbConnection connection, DbTransaction transaction, IndicatorReading reading, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO alerts (province, indicator, period, state, status, value, target, behind_since)
            VALUES (@province, @indicator, @period, 'pending', @status, @value, @target, @at) RETURNING id
            """;
        insert.AddParameter("province", reading.Province).AddParameter("indicator", reading.Indicator).AddParameter("period", reading.Period)
            .AddParameter("status", EnumText<TargetStatus>.Of(reading.Status)).AddParameter("value", reading.Value)
            .AddParameter("target", reading.Target).AddParameter("at", at);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
        return new Alert(id, reading.Province, reading.Indicator, reading.Period, AlertState.Pending, reading.Status, reading.Value, reading.Target,
            at, null, null, null, null, null, null);
    }

    /// <summary>A pending alert that never fired leaves no row: boards are told it went back to normal.</summary>
    private static async Task<Alert?> DropAsync(
        DbConnection connection, DbTransaction transaction, Alert pending, IndicatorReading reading, CancellationToken cancellationToken)
    {
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM alerts WHERE id = @id";
        delete.AddParameter("id", pending.Id);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        return pending with { State = AlertState.Normal, Status = reading.Status, Value = reading.Value, Target = reading.Target };
    }

    private static async Task<Alert?> UpdateAsync(
        DbConnection connection, DbTransaction transaction, Alert next, IndicatorReading reading, CancellationToken cancellationToken)
    {
        var alert = next with { Status = reading.Status, Value = reading.Value, Target = reading.Target };
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE alerts SET state = @state, status = @status, value = @value, target = @target, fired_at = @fired,
                clear_since = @clear, resolved_at = @resolved, silence_id = @silence
            WHERE id = @id
            """;
        update.AddParameter("id", alert.Id).AddParameter("state", EnumText<AlertState>.Of(alert.State))
            .AddParameter("status", EnumText<TargetStatus>.Of(alert.Status)).AddParameter("value", alert.Value).AddParameter("target", alert.Target)
            .AddParameter("fired", alert.FiredAt).AddParameter("clear", alert.ClearSince).AddParameter("resolved", alert.ResolvedAt)
            .AddParameter("silence", alert.SilenceId);
        await update.ExecuteNonQueryAsync(cancellationToken);
        return alert;
    }

    private static async Task<Alert?> SingleAsync(
        DbConnection connection, DbTransaction? transaction, string sql, Action<DbCommand> parameters, CancellationToken cancellationToken) =>
        (await QueryAsync(connection, transaction, sql, parameters, cancellationToken)).SingleOrDefault();

    private static async Task<IReadOnlyList<Alert>> QueryAsync(
        DbConnection connection, DbTransaction? transaction, string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new Alert(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                EnumText<AlertState>.Parse(reader.GetString(4)), EnumText<TargetStatus>.Parse(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.GetDouble(7), reader.GetFieldValue<DateTimeOffset>(8),
                Instant(reader, 9), Instant(reader, 10), Instant(reader, 11), reader.IsDBNull(12) ? null : reader.GetInt64(12),
                reader.IsDBNull(13) ? null : reader.GetString(13), Instant(reader, 14)));
        }

        return alerts;
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
