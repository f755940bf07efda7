using KpiActors.Silo.Reminders;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace KpiActors.Silo.Tests.Reminders;

/// <summary>
/// Orleans' reminder table contract as the app's own table keeps it, on every engine: rows found by grain and by ranges
/// of the ring (which wrap round), updated in place with a new ETag, removed only at the ETag read, kept apart per service.
/// </summary>
public abstract class ReminderTableContract : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private Database _database = null!;
    private SqlReminderTable _table = null!;

    /// <summary>A new database of the engine under test, with no schema yet.</summary>
    protected abstract Task<Database> CreateEmptyDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateEmptyDatabaseAsync();
        await new SchemaMigrator(_database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _table = Table("kpi");
    }

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private SqlReminderTable Table(string serviceId) => new(_database, Options.Create(new ClusterOptions { ServiceId = serviceId }));

    private static ReminderEntry Entry(GrainId grain, string name = "alert-deadline", int minutes = 30) =>
        new() { GrainId = grain, ReminderName = name, StartAt = Start, Period = TimeSpan.FromMinutes(minutes) };

    private static GrainId Grain(string key) => GrainId.Create("indicator", key);

    [Fact]
    public async Task A_reminder_upserted_reads_back_as_written_and_an_update_changes_its_etag()
    {
        var grain = Grain("31/ontime");
        var first = await _table.UpsertRow(Entry(grain));
        var second = await _table.UpsertRow(Entry(grain, minutes: 60));

        var read = await _table.ReadRow(grain, "alert-deadline");

        Assert.NotEqual(first, second);
        Assert.Equal((grain, Start, TimeSpan.FromMinutes(60), second), (read!.GrainId, read.StartAt, read.Period, read.ETag));
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Single((await _table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task A_remove_at_a_stale_etag_is_refused_and_at_the_current_one_removes()
    {
        var grain = Grain("01/ontime");
        var stale = await _table.UpsertRow(Entry(grain));
        var current = await _table.UpsertRow(Entry(grain, minutes: 5));

        Assert.False(await _table.RemoveRow(grain, "alert-deadline", stale!));
        Assert.True(await _table.RemoveRow(grain, "alert-deadline", current!));
        Assert.Null(await _table.ReadRow(grain, "alert-deadline"));
        Assert.False(await _table.RemoveRow(grain, "alert-deadline", current!));
    }

    [Fact]
    public async Task Ranges_of_the_ring_find_the_reminders_whose_grain_hash_falls_in_them_and_wrap_round()
    {
        var grains = Enumerable.Range(0, 40).Select(i => Grain($"{i:D2}/ontime")).ToList();
        foreach (var grain in grains)
        {
            await _table.UpsertRow(Entry(grain));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var (low, high) = (hashes[10], hashes[30]);

        var inside = await _table.ReadRows(low, high);
        var outside = await _table.ReadRows(high, low);

        // (low, high]: the 11th to the 31st hash; the rest of the ring holds the others, each once.
        Assert.Equal(hashes.Skip(11).Take(20), inside.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order());
        Assert.Equal(40, inside.Reminders.Concat(outside.Reminders).Select(r => r.GrainId).Distinct().Count());
        Assert.Equal(40, (await _table.ReadRows(0, 0)).Reminders.Count);
    }

    [Fact]
    public async Task Services_sharing_a_database_see_only_their_own_reminders()
    {
        var grain = Grain("79/ontime");
        await _table.UpsertRow(Entry(grain));

        var other = Table("another-service");

        Assert.Null(await other.ReadRow(grain, "alert-deadline"));
        Assert.Empty((await other.ReadRows(0, 0)).Reminders);
        await other.TestOnlyClearTable();
        Assert.NotNull(await _table.ReadRow(grain, "alert-deadline"));
    }
}

public sealed class ReminderTableOnSqlite : ReminderTableContract
{
    protected override Task<Database> CreateEmptyDatabaseAsync() => Task.FromResult<Database>(new SqliteDatabase(TestSupport.SqliteFile.CreateConnectionString()));
}

public sealed class ReminderTableOnPostgres : ReminderTableContract
{
    protected override async Task<Database> CreateEmptyDatabaseAsync() => new PostgresDatabase(await TestSupport.PostgresServer.CreateDatabaseAsync());
}
