using KpiActors.Silo.Storage;

namespace KpiActors.Api.Auth;

/// <summary>An API key as stored: its hash, never the key itself.</summary>
public sealed record StoredApiKey(
    string Id,
    string Name,
    string Role,
    IReadOnlyList<string> Provinces,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);

public sealed class SqlApiKeyStore(Database database)
{
    private const string Columns = "id, name, role, provinces, created_at, revoked_at";

    // Any fixed number, the same on every node; another than the other locks'.
    private const long FirstAdminLock = 7436104;

    private const string Insert = "INSERT INTO api_keys (id, name, key_hash, role, provinces, created_at) VALUES (@id, @name, @hash, @role, @provinces, @at)";

    public async Task AddAsync(StoredApiKey key, string keyHash, CancellationToken cancellationToken = default) =>
        await InsertAsync(Insert, key, keyHash, cancellationToken);

    /// <summary>
    /// Adds the key unless one with this hash is stored already, active or revoked; true if it was added. For a key every
    /// node is configured with: nodes starting at the same moment add it once, and one revoked stays revoked.
    /// </summary>
    public async Task<bool> AddUnlessStoredAsync(StoredApiKey key, string keyHash, CancellationToken cancellationToken = default) =>
        await InsertAsync($"{Insert} ON CONFLICT (key_hash) DO NOTHING", key, keyHash, cancellationToken) > 0;

    /// <summary>
    /// Adds the key as an admin unless an active admin exists; true if it was added. Nodes started together without a
    /// bootstrap key each look for an admin and find none: under one lock, the first adds its key and the others see it.
    /// </summary>
    public async Task<bool> AddFirstAdminAsync(StoredApiKey key, string keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (database.Provider == StorageProvider.Postgres)
        {
            command.CommandText = $"SELECT pg_advisory_xact_lock({FirstAdminLock})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        command.CommandText = """
            INSERT INTO api_keys (id, name, key_hash, role, provinces, created_at)
            SELECT @id, @name, @hash, @role, @provinces, @at
            WHERE NOT EXISTS (SELECT 1 FROM api_keys WHERE role = @role AND revoked_at IS NULL)
            """;
        Bind(command, key, keyHash);
        var added = await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<StoredApiKey?> FindActiveByHashAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        var keys = await QueryAsync($"SELECT {Columns} FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", "hash", keyHash, cancellationToken);
        return keys.SingleOrDefault();
    }

    public Task<IReadOnlyList<StoredApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM api_keys ORDER BY created_at, id", null, null, cancellationToken);

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL";
        command.AddParameter("id", id);
        command.AddParameter("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<int> InsertAsync(string sql, StoredApiKey key, string keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, key, keyHash);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(System.Data.Common.DbCommand command, StoredApiKey key, string keyHash) =>
        command.AddParameter("id", key.Id).AddParameter("name", key.Name).AddParameter("hash", keyHash).AddParameter("role", key.Role)
            .AddParameter("provinces", string.Join(',', key.Provinces)).AddParameter("at", key.CreatedAt);

    private async Task<IReadOnlyList<StoredApiKey>> QueryAsync(string sql, string? parameter, object? value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.AddParameter(parameter, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<StoredApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new StoredApiKey(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return keys;
    }
}
