using System.Data.Common;
using System.Globalization;
using KpiActors.Actors;
using KpiActors.Silo.Runtime;

namespace KpiActors.Silo.Storage;

/// <summary>Grain state in the grain_state table; the ETag is the row's version number.</summary>
public sealed class SqlGrainStorage(Database database) : IGrainStorage
{
    private const string Key = "grain_type = @type AND grain_key = @key AND state_name = @name";

    public async Task<StoredGrainState?> ReadAsync(GrainStateId id)
    {
        await using var connection = await database.OpenAsync();
        await using var command = Command(connection, id, $"SELECT payload, version FROM grain_state WHERE {Key}");
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new StoredGrainState(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag)
    {
        await using var connection = await database.OpenAsync();
        await using var command = expectedEtag is null
            ? Command(connection, id, """
                INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, updated_at)
                VALUES (@type, @key, @name, @payload, 1, @at)
                ON CONFLICT (grain_type, grain_key, state_name) DO NOTHING
                """)
            : Command(connection, id, $"UPDATE grain_state SET payload = @payload, version = version + 1, updated_at = @at WHERE {Key} AND version = @version");
        command.AddParameter("payload", payload);
        command.AddParameter("at", DateTimeOffset.UtcNow);
        var version = expectedEtag is null ? 0 : ParseEtag(id, expectedEtag);
        command.AddParameter("version", version);
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            throw new InconsistentStateException(id.ToString(), expectedEtag, await StoredEtagAsync(connection, id));
        }

        return (version + 1).ToString(CultureInfo.InvariantCulture);
    }

    public async Task ClearAsync(GrainStateId id, string? expectedEtag)
    {
        await using var connection = await database.OpenAsync();
        if (expectedEtag is null)
        {
            var stored = await StoredEtagAsync(connection, id);
            if (stored is not null)
            {
                throw new InconsistentStateException(id.ToString(), expectedEtag, stored);
            }

            return;
        }

        await using var command = Command(connection, id, $"DELETE FROM grain_state WHERE {Key} AND version = @version");
        command.AddParameter("version", ParseEtag(id, expectedEtag));
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            throw new InconsistentStateException(id.ToString(), expectedEtag, await StoredEtagAsync(connection, id));
        }
    }

    private static long ParseEtag(GrainStateId id, string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InconsistentStateException(id.ToString(), etag, null);

    private static async Task<string?> StoredEtagAsync(DbConnection connection, GrainStateId id)
    {
        await using var command = Command(connection, id, $"SELECT version FROM grain_state WHERE {Key}");
        var version = await command.ExecuteScalarAsync();
        return version is null or DBNull ? null : Convert.ToInt64(version).ToString(CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, GrainStateId id, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("type", id.GrainType);
        command.AddParameter("key", id.GrainKey);
        command.AddParameter("name", id.StateName);
        return command;
    }
}
