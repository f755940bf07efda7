using System.Data.Common;
using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Alerts;

/// <summary>Silences, kept for good: ending one early sets its end to that moment and says who ended it.</summary>
public sealed class SqlSilenceStore(Database database)
{
    private const string Columns = "id, province, indicator, ends_at, reason, created_by, created_at, ended_by";

    public async Task<Silence> AddAsync(
        string? province, string? indicator, DateTimeOffset endsAt, string reason, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO silences (province, indicator, ends_at, reason, created_by, created_at)
            VALUES (@province, @indicator, @ends, @reason, @by, @at) RETURNING id
            """;
        insert.AddParameter("province", province).AddParameter("indicator", indicator).AddParameter("ends", endsAt)
            .AddParameter("reason", reason).AddParameter("by", by).AddParameter("at", at);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
        return new Silence(id, province, indicator, endsAt, reason, by, at, null);
    }

    /// <summary>Newest first; with <paramref name="activeAt"/>, only those still muting then.</summary>
    public async Task<IReadOnlyList<Silence>> ListAsync(DateTimeOffset? activeAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM silences ORDER BY id DESC";
        var silences = await ReadAsync(command, cancellationToken);
        // Few rows, and SQLite keeps instants as text: the end is compared here rather than in SQL.
        return activeAt is { } at ? silences.Where(s => s.EndsAt > at).ToList() : silences;
    }

    /// <summary>Ends the silence now; one that already ended stays as it was. Null when there is no such silence.</summary>
    public async Task<Silence?> EndAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM silences WHERE id = @id";
        select.AddParameter("id", id);
        var silence = (await ReadAsync(select, cancellationToken)).SingleOrDefault();
        if (silence is null || silence.EndsAt <= at)
        {
            return silence;
        }

        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE silences SET ends_at = @at, ended_by = @by WHERE id = @id";
        update.AddParameter("id", id).AddParameter("at", at).AddParameter("by", by);
        await update.ExecuteNonQueryAsync(cancellationToken);
        return silence with { EndsAt = at, EndedBy = by };
    }

    private static async Task<List<Silence>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var silences = new List<Silence>();
        while (await reader.ReadAsync(cancellationToken))
        {
            silences.Add(new Silence(
                reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return silences;
    }
}
