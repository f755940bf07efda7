using System.Globalization;
using KpiActors.Domain;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Targets;

/// <summary>A province's own target for an indicator, replacing the legal defaults for that province.</summary>
public sealed record ProvinceTarget(string Province, string Indicator, Target Target, string SetBy, DateTimeOffset SetAt);

public sealed class SqlTargetStore(Database database)
{
    public async Task<IReadOnlyList<ProvinceTarget>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT province, indicator, value, deadline, source, set_by, set_at FROM targets ORDER BY province, indicator";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var targets = new List<ProvinceTarget>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var deadline = reader.IsDBNull(3) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            targets.Add(new ProvinceTarget(
                reader.GetString(0), reader.GetString(1), new Target(reader.GetDouble(2), deadline, reader.GetString(4)),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return targets;
    }

    public async Task SetAsync(ProvinceTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO targets (province, indicator, value, deadline, source, set_by, set_at)
            VALUES (@province, @indicator, @value, @deadline, @source, @by, @at)
            ON CONFLICT (province, indicator) DO UPDATE SET
                value = excluded.value, deadline = excluded.deadline, source = excluded.source, set_by = excluded.set_by, set_at = excluded.set_at
            """;
        command.AddParameter("province", target.Province);
        command.AddParameter("indicator", target.Indicator);
        command.AddParameter("value", target.Target.Value);
        command.AddParameter("deadline", target.Target.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.AddParameter("source", target.Target.Source);
        command.AddParameter("by", target.SetBy);
        command.AddParameter("at", target.SetAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string province, string indicator, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM targets WHERE province = @province AND indicator = @indicator";
        command.AddParameter("province", province);
        command.AddParameter("indicator", indicator);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
