using KpiActors.Api.Notifications;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Alerts;

/// <summary>The alerts feature's storage: the alerts table, written by the board notifiers, read and acknowledged by the API.</summary>
public sealed class SqlAlertStore(Database database, DeliveryOutbox outbox) : IAlertLog
{
    private const string Columns = "id, province, indicator, period, kind, value, target, raised_at, acknowledged_by, acknowledged_at";

    // Any fixed number, the same on every node; another than the migration lock's.
    private const long RaiseLock = 7436103;

    /// <summary>"behind" only when not already behind, "recovered" only after "behind"; under a lock, so that two nodes raising at once raise once.</summary>
    public async Task<Alert?> RaiseAsync(IndicatorReading reading, string kind, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (province, indicator, period) = (reading.Province, reading.Indicator, reading.Period);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = connection.CreateCommand())
        {
            lockRow.Transaction = transaction;
            lockRow.CommandText = database.Provider == StorageProvider.Postgres ? $"SELECT pg_advisory_xact_lock({RaiseLock})" : "SELECT 1";
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        string? last;
        await using (var latest = connection.CreateCommand())
        {
            latest.Transaction = transaction;
            latest.CommandText = "SELECT kind FROM alerts WHERE province = @province AND indicator = @indicator AND period = @period ORDER BY id DESC LIMIT 1";
            latest.AddParameter("province", province);
            latest.AddParameter("indicator", indicator);
            latest.AddParameter("period", period);
            last = await latest.ExecuteScalarAsync(cancellationToken) as string;
        }

        var repeats = kind == AlertKinds.Behind ? last == AlertKinds.Behind : last != AlertKinds.Behind;
        if (repeats)
        {
            return null;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO alerts (province, indicator, period, kind, value, target, raised_at)
            VALUES (@province, @indicator, @period, @kind, @value, @target, @at) RETURNING id
            """;
        insert.AddParameter("province", province);
        insert.AddParameter("indicator", indicator);
        insert.AddParameter("period", period);
        insert.AddParameter("kind", kind);
        insert.AddParameter("value", reading.Value);
        insert.AddParameter("target", reading.Target);
        insert.AddParameter("at", at);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
        var alert = new Alert(id, province, indicator, period, kind, reading.Value, reading.Target, at, null, null);
        await outbox.EnqueueAsync(connection, transaction, alert, kind == AlertKinds.Behind ? AlertChanges.Firing : AlertChanges.Resolved, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return alert;
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<Alert>> ListAsync(bool unacknowledgedOnly, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var filter = unacknowledgedOnly ? "WHERE acknowledged_at IS NULL" : "";
        command.CommandText = $"SELECT {Columns} FROM alerts {filter} ORDER BY id DESC LIMIT @limit";
        command.AddParameter("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Marks the alert acknowledged (the first acknowledgement stands); null when there is no such alert.</summary>
    public async Task<Alert?> AcknowledgeAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE alerts SET acknowledged_by = @by, acknowledged_at = @at WHERE id = @id AND acknowledged_at IS NULL";
            update.AddParameter("id", id);
            update.AddParameter("by", by);
            update.AddParameter("at", at);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM alerts WHERE id = @id";
        select.AddParameter("id", id);
        return (await ReadAsync(select, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<Alert>> ReadAsync(System.Data.Common.DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new Alert(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetDouble(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return alerts;
    }
}
