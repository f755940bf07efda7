using KpiActors.Silo.Storage;

namespace KpiActors.Api.Ingest;

/// <summary>The province mappings, in their table; read whole for each batch that needs them (an admin keeps a few hundred at most).</summary>
public sealed class SqlProvinceMappings(Database database)
{
    public async Task<IReadOnlyList<ProvinceMapping>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, code, province FROM province_mappings ORDER BY kind, code";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var mappings = new List<ProvinceMapping>();
        while (await reader.ReadAsync(cancellationToken))
        {
            mappings.Add(new ProvinceMapping(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return mappings;
    }

    public async Task SetAsync(ProvinceMapping mapping, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO province_mappings (kind, code, province) VALUES (@kind, @code, @province)
            ON CONFLICT (kind, code) DO UPDATE SET province = excluded.province
            """;
        command.AddParameter("kind", mapping.Kind);
        command.AddParameter("code", mapping.Code);
        command.AddParameter("province", mapping.Province);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string kind, string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM province_mappings WHERE kind = @kind AND code = @code";
        command.AddParameter("kind", kind);
        command.AddParameter("code", code);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
