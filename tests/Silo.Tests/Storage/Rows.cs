using System.Data.Common;
using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>Plain SQL against a test's database: what was stored is read back as the tables hold it, not as the store answered.</summary>
public static class Rows
{
    public static async Task<List<T>> QueryAsync<T>(Database database, string sql, Func<DbDataReader, T> read)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async Task ExecuteAsync(Database database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The delta log, a grain after another and each grain's deltas in sequence order.</summary>
    public static Task<List<LogRow>> LogAsync(Database database) =>
        QueryAsync(database, "SELECT province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5 FROM delta_log ORDER BY province, indicator, sequence",
            r => new LogRow(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3),
                string.Join(',', r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9))));

    /// <summary>The ledger rows that moved past zero, in key order.</summary>
    public static Task<List<(string Province, string Indicator, long LastSequence)>> LedgerAsync(Database database) =>
        QueryAsync(database, "SELECT province, indicator, last_sequence FROM ledger WHERE last_sequence > 0 ORDER BY province, indicator",
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2)));
}
