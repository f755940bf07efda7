using System.Data.Common;
using System.Globalization;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace KpiActors.Silo.Reminders;

/// <summary>
/// Orleans' reminder table in the app's own database, on both engines (Orleans has no provider for SQLite): one row per
/// grain and reminder, keyed by the cluster's service id. Each silo reads the rows whose grain hash falls in its range
/// of the ring, and again when its range grows because a silo died, so that a dead silo's reminders tick on a
/// survivor. A row's ETag is its version: removing a reminder applies only to the version its caller read.
/// </summary>
public sealed class SqlReminderTable(Database database, IOptions<ClusterOptions> cluster) : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ms, version";

    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task<ReminderTableData> ReadRows(GrainId grainId) =>
        await ReadAsync($"SELECT {Columns} FROM reminders WHERE service_id = @service AND grain_id = @grain",
            c => c.AddParameter("grain", grainId.ToString()));

    /// <summary>Hashes in (begin, end]; a range that wraps round the ring (begin ≥ end) is the two ends of it.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        await ReadAsync(
            $"SELECT {Columns} FROM reminders WHERE service_id = @service AND " +
            (begin < end ? "grain_hash > @begin AND grain_hash <= @end" : "(grain_hash > @begin OR grain_hash <= @end)"),
            c => c.AddParameter("begin", (long)begin).AddParameter("end", (long)end));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        (await ReadAsync($"SELECT {Columns} FROM reminders WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name",
            c => c.AddParameter("grain", grainId.ToString()).AddParameter("name", reminderName))).Reminders.SingleOrDefault();

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminders (service_id, grain_id, reminder_name, grain_hash, start_at, period_ms, version)
            VALUES (@service, @grain, @name, @hash, @start, @period, 1)
            ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET
                start_at = excluded.start_at, period_ms = excluded.period_ms, version = reminders.version + 1
            RETURNING version
            """;
        command.AddParameter("service", _serviceId).AddParameter("grain", entry.GrainId.ToString()).AddParameter("name", entry.ReminderName)
            .AddParameter("hash", (long)entry.GrainId.GetUniformHashCode())
            .AddParameter("start", new DateTimeOffset(DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc)))
            .AddParameter("period", (long)entry.Period.TotalMilliseconds);
        return Etag(Convert.ToInt64(await command.ExecuteScalarAsync()));
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE service_id = @service AND grain_id = @grain AND reminder_name = @name AND version = @version";
        command.AddParameter("service", _serviceId).AddParameter("grain", grainId.ToString()).AddParameter("name", reminderName)
            .AddParameter("version", version);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    public async Task TestOnlyClearTable()
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE service_id = @service";
        command.AddParameter("service", _serviceId);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<ReminderTableData> ReadAsync(string sql, Action<DbCommand> parameters)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("service", _serviceId);
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime,
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = Etag(reader.GetInt64(4)),
            });
        }

        return new ReminderTableData(entries);
    }

    private static string Etag(long version) => version.ToString(CultureInfo.InvariantCulture);
}
