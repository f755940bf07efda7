using System.Data.Common;
using KpiActors.Silo.Storage;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>A statement prepared once with positional parameters @p0..@pN, and filled row by row.</summary>
public static class BulkSql
{
    public static DbCommand Prepared(DbConnection connection, DbTransaction? transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.AddParameter($"p{i}", null);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters in order; instants in UTC, as the app stores them.</summary>
    public static void Set(DbCommand command, params object?[] values)
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

    public static async Task ExecuteAsync(DbConnection connection, string sql, params object?[] values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.AddParameter($"p{i}", values[i]);
        }

        await command.ExecuteNonQueryAsync();
    }
}
