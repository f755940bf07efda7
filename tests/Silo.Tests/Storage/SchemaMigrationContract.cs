using KpiActors.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>What migrating must do on every engine, written once; every test gets an empty database of its own.</summary>
public abstract class SchemaMigrationContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The silo's parts and the step each ends at, in the order they migrate: written out, not read from the code under test.</summary>
    private static readonly (string Part, int Version)[] SiloParts =
        [("grain-state", 1), ("cluster-membership", 1), ("reminders", 1), ("facts", 1), ("targets", 1), ("alerts", 2)];

    private Database _database = null!;

    /// <summary>A new database of the engine under test, with no schema yet.</summary>
    protected abstract Task<Database> CreateEmptyDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateEmptyDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrating_a_fresh_database_brings_every_part_to_its_last_step_in_order()
    {
        var reached = await MigrateAsync();

        Assert.Equal(SiloParts, reached.Select(p => (p.Key, p.Value)));
        Assert.Equal(
            SiloParts.SelectMany(p => Enumerable.Range(1, p.Version).Select(v => (p.Part, v))).Order(),
            (await HistoryAsync()).Order());
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op_that_keeps_the_history_and_the_data()
    {
        await MigrateAsync();
        var grain = GrainId.Create("indicator", "01/ontime");
        var storage = new SqlGrainStorage(_database);
        var written = new GrainState<Dictionary<string, long>>(new() { ["watermark"] = 7 });
        await storage.WriteStateAsync("totals", grain, written);
        var history = await HistoryAsync();

        var reached = await MigrateAsync();

        Assert.Equal(SiloParts, reached.Select(p => (p.Key, p.Value)));
        Assert.Equal(history, await HistoryAsync());
        var read = new GrainState<Dictionary<string, long>>();
        await storage.ReadStateAsync("totals", grain, read);
        Assert.Equal((7L, written.ETag), (read.State!["watermark"], read.ETag));
    }

    [Fact]
    public async Task A_part_migrates_after_the_parts_added_before_it()
    {
        // The second part's step reads the first part's table: it can only succeed if the first ran before it.
        SchemaPart first = new("first", [new(1, "a table", _ => "CREATE TABLE first_things (id INTEGER PRIMARY KEY)")]);
        SchemaPart second = new("second", [new(1, "a copy of it", _ => "CREATE TABLE second_things AS SELECT id FROM first_things")]);

        var reached = await new SchemaMigrator(_database, [first, second], NullLogger<SchemaMigrator>.Instance).MigrateAsync();

        Assert.Equal([("first", 1), ("second", 1)], reached.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public async Task A_database_of_schema_version_9_takes_only_the_steps_after_it_and_keeps_its_rows()
    {
        await CreateSchemaNineAsync();
        await Rows.ExecuteAsync(_database, """
            INSERT INTO alerts (province, indicator, period, value, target, behind_since, state, status, fired_at, clear_since)
            VALUES ('31', 'ontime', '2026-10', 0.5, 0.95, @at, 'firing', 'at-risk', @at, @at)
            """, ("at", Recorded));

        var reached = await MigrateAsync();

        Assert.Equal(SiloParts, reached.Select(p => (p.Key, p.Value)));
        Assert.Equal([0L], await Rows.QueryAsync(_database, _database.CountTables("schema_version"), r => r.GetInt64(0)));
        // Every part's first step was adopted, not run again (it creates tables that exist: running it would fail); the
        // steps after it ran.
        Assert.Equal(
            SiloParts.SelectMany(p => Enumerable.Range(1, p.Version).Select(v => (p.Part, v))).Order(),
            (await HistoryAsync()).Order());
        // A firing alert that had left "behind" keeps doing so as "recovering", at version 1.
        Assert.Equal([("recovering", 1L)], await Rows.QueryAsync(_database, "SELECT state, version FROM alerts", r => (r.GetString(0), r.GetInt64(1))));
    }

    [Fact]
    public async Task A_database_older_than_schema_version_9_is_refused_naming_the_version()
    {
        await CreateSchemaNineAsync();
        await Rows.ExecuteAsync(_database, "DELETE FROM schema_version WHERE version > 6");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(MigrateAsync);

        Assert.Contains("schema version 6", refused.Message);
        Assert.Contains("upgrades version 9 only", refused.Message);
    }

    [Fact]
    public async Task An_upgrade_keeps_one_open_alert_per_province_and_indicator_the_newest()
    {
        await CreateSchemaNineAsync();
        // A period that ended seconds before the upgrade, its alert not yet resolved, and the new period's already pending.
        await Rows.ExecuteAsync(_database, """
            INSERT INTO alerts (province, indicator, period, value, target, behind_since, state, status, fired_at)
            VALUES ('31', 'ontime', '2026-10', 0.5, 0.95, @at, 'firing', 'behind', @at),
                   ('31', 'ontime', '2026-11', 0.5, 0.95, @at, 'pending', 'behind', NULL),
                   ('01', 'ontime', '2026-10', 0.5, 0.95, @at, 'pending', 'behind', NULL),
                   ('01', 'ontime', '2026-11', 0.5, 0.95, @at, 'firing', 'behind', @at)
            """, ("at", Recorded));

        await MigrateAsync();

        Assert.Equal(
            [("01", "2026-11", "firing"), ("31", "2026-10", "resolved"), ("31", "2026-11", "pending")],
            await Rows.QueryAsync(_database, "SELECT province, period, state FROM alerts ORDER BY province, period",
                r => (r.GetString(0), r.GetString(1), r.GetString(2))));
    }

    private Task<IReadOnlyDictionary<string, int>> MigrateAsync() =>
        new SchemaMigrator(_database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

    private Task<List<(string Part, int Version)>> HistoryAsync() =>
        Rows.QueryAsync(_database, "SELECT part, version FROM schema_history ORDER BY part, version", r => (r.GetString(0), r.GetInt32(1)));

    /// <summary>
    /// The schema as the releases before per-feature parts left it: one schema_version table at version 9, and the tables
    /// of every part's first steps, which are the DDL of that schema.
    /// </summary>
    private async Task CreateSchemaNineAsync()
    {
        await Rows.ExecuteAsync(_database, $"""
            CREATE TABLE schema_version (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at {_database.Timestamp} NOT NULL
            )
            """);
        foreach (var part in KpiSiloExtensions.SchemaParts)
        {
            foreach (var step in part.Steps.Take(part.StepsInSchema9))
            {
                if (step.Sql(_database) is { Length: > 0 } sql)
                {
                    await Rows.ExecuteAsync(_database, sql);
                }
            }
        }

        for (var version = 1; version <= 9; version++)
        {
            await Rows.ExecuteAsync(_database, "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, 'a step of the release', @at)",
                ("version", version), ("at", Recorded));
        }
    }
}
