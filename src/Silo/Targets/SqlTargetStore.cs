using System.Data.Common;
using System.Globalization;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Targets;

/// <summary>A province's own target for an indicator, replacing the legal defaults for that province.</summary>
public sealed record ProvinceTarget(string Province, string Indicator, Target Target, string SetBy, DateTimeOffset SetAt);

/// <summary>
/// The targets feature's storage. Grains read their own target when they activate and when they are told it changed
/// (<see cref="ITargetBook"/>): nothing polls this table.
/// </summary>
public sealed class SqlTargetStore(Database database) : ITargetBook
{
    public async Task<TargetPlan> PlanAsync(string province, Indicator indicator, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} WHERE province = @province AND indicator = @indicator";
        command.AddParameter("province", province);
        command.AddParameter("indicator", indicator.Id);
        var own = await ReadAsync(command, cancellationToken);
        return own.Count > 0 ? new TargetPlan([own[0].Target]) : new TargetPlan(indicator.DefaultTargets);
    }

    /// <summary>Every province's plan for every indicator, as grains judge by them: for figures worked out outside a grain.</summary>
    public async Task<Func<string, Indicator, TargetPlan>> PlansAsync(CancellationToken cancellationToken = default)
    {
        var own = (await ListAsync(cancellationToken)).ToDictionary(t => (t.Province, t.Indicator));
        return (province, indicator) => own.TryGetValue((province, indicator.Id), out var target)
            ? new TargetPlan([target.Target])
            : new TargetPlan(indicator.DefaultTargets);
    }

    private const string Select = "SELECT province, indicator, value, deadline, source, set_by, set_at FROM targets";

    public async Task<IReadOnlyList<ProvinceTarget>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} ORDER BY province, indicator";
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ProvinceTarget>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
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
