using System.Runtime.CompilerServices;
using KpiActors.Domain;

namespace KpiActors.Silo.Storage;

public sealed class SqlDeltaLog(Database database) : IDeltaLog
{
    public async IAsyncEnumerable<LoggedDelta> ReadAsync(
        string province, string indicator, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at FROM delta_log
            WHERE province = @province AND indicator = @indicator AND sequence > @after
            ORDER BY sequence
            """;
        command.AddParameter("province", province);
        command.AddParameter("indicator", indicator);
        command.AddParameter("after", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long[] values = [reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)];
            yield return new LoggedDelta(reader.GetInt64(0), reader.GetInt32(1), values, reader.GetFieldValue<DateTimeOffset>(8));
        }
    }
}
