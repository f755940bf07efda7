namespace KpiActors.Silo.Storage;

/// <summary>An alert: a province fell behind target for a period, or recovered.</summary>
public sealed record Alert(
    long Id,
    string Province,
    string Indicator,
    string Period,
    string Kind,
    double? Value,
    double Target,
    DateTimeOffset RaisedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt);

public static class AlertKinds
{
    public const string Behind = "behind";
    public const string Recovered = "recovered";
}

public sealed class SqlAlertStore(Database database)
{
    private const string Columns = "id, province, indicator, period, kind, value, target, raised_at, acknowledged_by, acknowledged_at";

    /// <summary>
    /// Stores the alert unless it repeats the last one of its (province, indicator, period): "behind" only
    /// when not already behind, "recovered" only after "behind". Grains replaying after a crash may report a
    /// change twice; the alert is raised once. Null when nothing was raised.
    /// </summary>
    public async Task<Alert?> RaiseAsync(string province, string indicator, string period, string kind, double? value, double target,
        DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = connection.CreateCommand())
        {
            lockRow.Transaction = transaction;
            lockRow.CommandText = database.Provider == StorageProvider.Postgres ? "SELECT pg_advisory_xact_lock(7436102)" : "SELECT 1";
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
        insert.AddParameter("value", value);
        insert.AddParameter("target", target);
        insert.AddParameter("at", at);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Alert(id, province, indicator, period, kind, value, target, at, null, null);
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
