using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Reports;

/// <summary>
/// What a report needs beyond the grains' readings, read from the stored facts and the log: the breakdowns the
/// readings do not keep, and the figures of windows that are not whole calendar months.
/// </summary>
public sealed class SqlReportFacts(Database database)
{
    /// <summary>Every stored dossier of the province (all provinces when null), in its latest version.</summary>
    public async IAsyncEnumerable<DossierFact> DossiersAsync(string? province, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT province, dossier_id, level, channel, received_at, due_at, resolved_at, status FROM dossiers" +
                              (province is null ? "" : " WHERE province = @province");
        if (province is not null)
        {
            command.AddParameter("province", province);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new DossierFact(
                reader.GetString(0), reader.GetString(1),
                EnumText<AdministrativeLevel>.Parse(reader.GetString(2)), EnumText<Channel>.Parse(reader.GetString(3)), null,
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), EnumText<DossierStatus>.Parse(reader.GetString(7)));
        }
    }

    /// <summary>E-document counts of the given months, per province, level and direction.</summary>
    public async Task<IReadOnlyList<EDocLine>> EDocLinesAsync(IEnumerable<ReportingPeriod> months, CancellationToken cancellationToken)
    {
        var names = months.Select(m => m.ToString()).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT province, level, direction, SUM(electronic), SUM(total) FROM edoc_counts
            WHERE period IN ({string.Join(", ", names.Select((_, i) => $"@m{i}"))})
            GROUP BY province, level, direction
            """;
        for (var i = 0; i < names.Count; i++)
        {
            command.AddParameter($"m{i}", names[i]);
        }

        var lines = new List<EDocLine>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new EDocLine(
                reader.GetString(0), EnumText<AdministrativeLevel>.Parse(reader.GetString(1)), EnumText<Direction>.Parse(reader.GetString(2)),
                Convert.ToInt64(reader.GetValue(3)), Convert.ToInt64(reader.GetValue(4))));
        }

        return lines;
    }

    /// <summary>Each province's catalogue counters as the log stood at the end of <paramref name="day"/>, as a grain keeps them per day.</summary>
    public async Task<IReadOnlyDictionary<string, long[]>> CatalogueAsOfAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT province, SUM(v0), SUM(v1), SUM(v2), SUM(v3) FROM delta_log WHERE indicator = @indicator AND day <= @day GROUP BY province";
        command.AddParameter("indicator", Indicators.OnlineL4Id);
        command.AddParameter("day", Bucket.Day(day));
        var totals = new Dictionary<string, long[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals[reader.GetString(0)] = Counters.Of(
                Convert.ToInt64(reader.GetValue(1)), Convert.ToInt64(reader.GetValue(2)), Convert.ToInt64(reader.GetValue(3)), Convert.ToInt64(reader.GetValue(4)));
        }

        return totals;
    }
}

/// <summary>A province's e-documents of one level and direction over a report's months.</summary>
public sealed record EDocLine(string Province, AdministrativeLevel Level, Direction Direction, long Electronic, long Total);
