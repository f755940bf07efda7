using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>What migrating must do on every engine, written once; every test gets an empty database of its own.</summary>
public abstract class SchemaMigrationContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));

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
    public async Task Migrating_a_fresh_database_reaches_the_newest_version_and_records_every_version()
    {
        var version = await MigrateAsync();

        Assert.Equal(Migrations.All.Max(migration => migration.Version), version);
        Assert.Equal(Migrations.All.Select(migration => (migration.Version, migration.Description)), await SchemaVersionRowsAsync());
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op_that_keeps_the_version_the_rows_and_the_data()
    {
        var first = await MigrateAsync();
        var grain = GrainId.Create("indicator", "01/ontime");
        var storage = new SqlGrainStorage(_database);
        var written = new GrainState<Dictionary<string, long>>(new() { ["watermark"] = 7 });
        await storage.WriteStateAsync("totals", grain, written);

        var second = await MigrateAsync();

        Assert.Equal(first, second);
        Assert.Equal(Migrations.All.Select(migration => (migration.Version, migration.Description)), await SchemaVersionRowsAsync());
        var read = new GrainState<Dictionary<string, long>>();
        await storage.ReadStateAsync("totals", grain, read);
        Assert.Equal((7L, written.ETag), (read.State!["watermark"], read.ETag));
    }

    [Fact]
    public async Task A_version_2_log_gets_each_grains_own_sequence_in_its_old_order_a_ledger_to_match_and_no_snapshots()
    {
        await CreateVersionTwoAsync();
        // One global sequence, grains interleaved, and a hole where a commit rolled back.
        (string Province, string Indicator)[] appended =
        [
            ("31", Indicators.OnTimeId), ("31", Indicators.OnlineDossierId), ("01", Indicators.OnTimeId), ("31", Indicators.OnTimeId),
            ("31", Indicators.OnTimeId), ("01", Indicators.OnTimeId), ("31", Indicators.OnlineDossierId), ("31", Indicators.OnTimeId),
        ];
        foreach (var ((province, indicator), i) in appended.Select((grain, i) => (grain, i)))
        {
            await Rows.ExecuteAsync(_database, """
                INSERT INTO delta_log (province, indicator, bucket, v0, v1, v2, v3, v4, v5, recorded_at)
                VALUES (@province, @indicator, @bucket, @v0, 0, 0, 0, 0, 0, @at)
                """, ("province", province), ("indicator", indicator), ("bucket", Bucket.Month(2026, 10)), ("v0", i + 1L), ("at", Recorded.AddMinutes(i)));
        }

        await Rows.ExecuteAsync(_database, "DELETE FROM delta_log WHERE v0 = 5");
        await Rows.ExecuteAsync(_database, """
            INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, updated_at)
            VALUES ('indicator', '31/ontime', 'totals', '{"watermark":8}', 3, @at)
            """, ("at", Recorded));

        var version = await MigrateAsync();

        Assert.Equal(Migrations.All.Max(migration => migration.Version), version);
        var october = Bucket.Month(2026, 10);
        Assert.Equal(
            [
                new LogRow("01", Indicators.OnTimeId, 1, october, "3,0,0,0,0,0"),
                new LogRow("01", Indicators.OnTimeId, 2, october, "6,0,0,0,0,0"),
                new LogRow("31", Indicators.OnlineDossierId, 1, october, "2,0,0,0,0,0"),
                new LogRow("31", Indicators.OnlineDossierId, 2, october, "7,0,0,0,0,0"),
                new LogRow("31", Indicators.OnTimeId, 1, october, "1,0,0,0,0,0"),
                new LogRow("31", Indicators.OnTimeId, 2, october, "4,0,0,0,0,0"),
                new LogRow("31", Indicators.OnTimeId, 3, october, "8,0,0,0,0,0"),
            ],
            await Rows.LogAsync(_database));
        Assert.Equal(
            [("01", Indicators.OnTimeId, 2L), ("31", Indicators.OnlineDossierId, 2L), ("31", Indicators.OnTimeId, 3L)],
            await Rows.LedgerAsync(_database));
        Assert.Equal([0L], await Rows.QueryAsync(_database, "SELECT COUNT(*) FROM grain_state", r => r.GetInt64(0)));
        Assert.Equal(
            [Recorded, Recorded.AddMinutes(3), Recorded.AddMinutes(7)],
            await Rows.QueryAsync(_database, "SELECT recorded_at FROM delta_log WHERE province = '31' AND indicator = 'ontime' ORDER BY sequence",
                r => r.GetFieldValue<DateTimeOffset>(0)));
    }

    [Fact]
    public async Task After_the_migration_a_commit_continues_each_grains_sequence_from_the_ledger()
    {
        await CreateVersionTwoAsync();
        for (var i = 0; i < 3; i++)
        {
            await Rows.ExecuteAsync(_database, """
                INSERT INTO delta_log (province, indicator, bucket, v0, v1, v2, v3, v4, v5, recorded_at)
                VALUES ('31', 'ontime', @bucket, 1, 0, 0, 0, 0, 0, @at)
                """, ("bucket", Bucket.Month(2026, 10)), ("at", Recorded));
        }

        await MigrateAsync();
        var store = new SqlFactStore(_database, TimeProvider.System);

        var commit = await store.CommitAsync([new FactBatch([
            new DossierFact("31", "HS-1", AdministrativeLevel.Commune, Channel.Online, null, Recorded, Recorded.AddDays(5), null, DossierStatus.Received)])]);

        var onTime = Assert.Single(commit.Grains, g => g.Grain == new IndicatorKey("31", Indicators.OnTimeId)).Batch;
        Assert.Equal((3L, "4,5"), (onTime.PreviousSequence, string.Join(',', onTime.Deltas.Select(d => d.Sequence))));
        var online = Assert.Single(commit.Grains, g => g.Grain == new IndicatorKey("31", Indicators.OnlineDossierId)).Batch;
        Assert.Equal((0L, "1"), (online.PreviousSequence, string.Join(',', online.Deltas.Select(d => d.Sequence))));
    }

    private Task<int> MigrateAsync() => new SchemaMigrator(_database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

    /// <summary>
    /// The schema as a release that stopped at version 2 left it: its steps run as the migrator runs them, the
    /// versions table as the migrator creates it, and the versions recorded.
    /// </summary>
    private async Task CreateVersionTwoAsync()
    {
        await Rows.ExecuteAsync(_database, $"""
            CREATE TABLE schema_version (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at {_database.Timestamp} NOT NULL
            )
            """);
        foreach (var migration in Migrations.All.Take(2))
        {
            await Rows.ExecuteAsync(_database, migration.Sql(_database));
            await Rows.ExecuteAsync(_database, "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)",
                ("version", migration.Version), ("description", migration.Description), ("at", Recorded));
        }
    }

    private Task<List<(int Version, string Description)>> SchemaVersionRowsAsync() =>
        Rows.QueryAsync(_database, "SELECT version, description FROM schema_version ORDER BY version", r => (r.GetInt32(0), r.GetString(1)));
}
