using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Storage;

namespace KpiActors.Silo.Storage;

/// <summary>
/// Orleans grain state in the app's own grain_state table, as JSON; the ETag is the row's version number. A write
/// whose ETag is not the stored one (another activation wrote since this one read) throws
/// <see cref="InconsistentStateException"/> and changes nothing: during a directory change Orleans can briefly run
/// two activations of one grain, and only the database can refuse the second writer.
/// </summary>
public sealed class SqlGrainStorage(Database database) : IGrainStorage
{
    private const string Key = "grain_type = @type AND grain_key = @key AND state_name = @name";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var turn = await database.TakeReadTurnAsync();
        await using var connection = await database.OpenAsync();
        await using var command = Command(connection, stateName, grainId, $"SELECT payload, version FROM grain_state WHERE {Key}");
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            grainState.State = JsonSerializer.Deserialize<T>(reader.GetString(0), Json)!;
            grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        var expected = grainState.ETag;
        await using var command = expected is null
            ? Command(connection, stateName, grainId, """
                INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, updated_at)
                VALUES (@type, @key, @name, @payload, 1, @at)
                ON CONFLICT (grain_type, grain_key, state_name) DO NOTHING
                """)
            : Command(connection, stateName, grainId, $"UPDATE grain_state SET payload = @payload, version = version + 1, updated_at = @at WHERE {Key} AND version = @version");
        command.AddParameter("payload", JsonSerializer.Serialize(grainState.State, Json));
        command.AddParameter("at", DateTimeOffset.UtcNow);
        var version = expected is null ? 0 : ParseEtag(expected);
        command.AddParameter("version", version);
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            throw new InconsistentStateException($"The state of {grainId} was written by another activation.", await StoredEtagAsync(connection, stateName, grainId), expected);
        }

        grainState.ETag = (version + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        if (grainState.ETag is { } expected)
        {
            await using var command = Command(connection, stateName, grainId, $"DELETE FROM grain_state WHERE {Key} AND version = @version");
            command.AddParameter("version", ParseEtag(expected));
            if (await command.ExecuteNonQueryAsync() == 0)
            {
                throw new InconsistentStateException($"The state of {grainId} was written by another activation.", await StoredEtagAsync(connection, stateName, grainId), expected);
            }
        }
        else if (await StoredEtagAsync(connection, stateName, grainId) is { } stored)
        {
            throw new InconsistentStateException($"The state of {grainId} was written by another activation.", stored, currentEtag: null);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    private static long ParseEtag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InconsistentStateException($"'{etag}' is not an ETag of this storage.", null, etag);

    private static async Task<string?> StoredEtagAsync(DbConnection connection, string stateName, GrainId grainId)
    {
        await using var command = Command(connection, stateName, grainId, $"SELECT version FROM grain_state WHERE {Key}");
        var version = await command.ExecuteScalarAsync();
        return version is null or DBNull ? null : Convert.ToInt64(version).ToString(CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, string stateName, GrainId grainId, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("type", grainId.Type.ToString());
        command.AddParameter("key", grainId.Key.ToString());
        command.AddParameter("name", stateName);
        return command;
    }
}
