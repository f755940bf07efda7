using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>
/// What every storage engine must do, written once: each engine's test class only says how to get an
/// empty database. Every test gets a database of its own.
/// </summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    private const int ConcurrentWriters = 16;

    private static readonly GrainStateId State = new("IndicatorGrain", "01/online-dossier-rate", "snapshot");

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
        var storage = new SqlGrainStorage(_database);
        var etag = await storage.WriteAsync(State, Payload(1), null);

        var second = await MigrateAsync();

        Assert.Equal(first, second);
        Assert.Equal(Migrations.All.Select(migration => (migration.Version, migration.Description)), await SchemaVersionRowsAsync());
        Assert.Equal(new StoredGrainState(Payload(1), etag), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Reading_a_state_that_was_never_written_gives_null()
    {
        var storage = await MigratedStorageAsync();

        Assert.Null(await storage.ReadAsync(State));
    }

    [Fact]
    public async Task A_write_then_a_read_round_trips_the_payload_and_the_etag()
    {
        var storage = await MigratedStorageAsync();

        var etag = await storage.WriteAsync(State, Payload(1), null);

        Assert.Equal(new StoredGrainState(Payload(1), etag), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task A_second_write_with_the_returned_etag_succeeds_and_changes_the_etag()
    {
        var storage = await MigratedStorageAsync();
        var first = await storage.WriteAsync(State, Payload(1), null);

        var second = await storage.WriteAsync(State, Payload(2), first);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredGrainState(Payload(2), second), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_throws_naming_the_state_and_both_etags_and_leaves_the_payload_unchanged()
    {
        var storage = await MigratedStorageAsync();
        var stale = await storage.WriteAsync(State, Payload(1), null);
        var current = await storage.WriteAsync(State, Payload(2), stale);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(State, Payload(3), stale));

        Assert.Equal((stale, current), (error.ExpectedEtag, error.StoredEtag));
        Assert.Contains($"'{State}'", error.Message);
        Assert.Contains($"'{stale}'", error.Message);
        Assert.Contains($"'{current}'", error.Message);
        Assert.Equal(new StoredGrainState(Payload(2), current), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task A_write_with_no_etag_when_a_record_exists_throws_and_leaves_the_payload_unchanged()
    {
        var storage = await MigratedStorageAsync();
        var etag = await storage.WriteAsync(State, Payload(1), null);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(State, Payload(2), null));

        Assert.Equal((null, etag), (error.ExpectedEtag, error.StoredEtag));
        Assert.Equal(new StoredGrainState(Payload(1), etag), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task A_write_with_an_etag_when_no_record_exists_throws()
    {
        var storage = await MigratedStorageAsync();
        var etag = await storage.WriteAsync(State, Payload(1), null);
        await storage.ClearAsync(State, etag);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(State, Payload(2), etag));

        Assert.Equal((etag, null), (error.ExpectedEtag, error.StoredEtag));
        Assert.Null(await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Clearing_with_the_current_etag_removes_the_record_and_the_next_write_starts_with_no_etag()
    {
        var storage = await MigratedStorageAsync();
        var etag = await storage.WriteAsync(State, Payload(1), null);

        await storage.ClearAsync(State, etag);

        Assert.Null(await storage.ReadAsync(State));
        var next = await storage.WriteAsync(State, Payload(2), null);
        Assert.Equal(new StoredGrainState(Payload(2), next), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_throws_and_keeps_the_record()
    {
        var storage = await MigratedStorageAsync();
        var stale = await storage.WriteAsync(State, Payload(1), null);
        var current = await storage.WriteAsync(State, Payload(2), stale);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearAsync(State, stale));

        Assert.Equal((stale, current), (error.ExpectedEtag, error.StoredEtag));
        Assert.Equal(new StoredGrainState(Payload(2), current), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Clearing_with_no_etag_when_a_record_exists_throws_and_keeps_the_record()
    {
        var storage = await MigratedStorageAsync();
        var etag = await storage.WriteAsync(State, Payload(1), null);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearAsync(State, null));

        Assert.Equal((null, etag), (error.ExpectedEtag, error.StoredEtag));
        Assert.Equal(new StoredGrainState(Payload(1), etag), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Clearing_a_state_that_was_never_written_with_no_etag_does_nothing()
    {
        var storage = await MigratedStorageAsync();

        await storage.ClearAsync(State, null);

        Assert.Null(await storage.ReadAsync(State));
    }

    [Fact]
    public async Task States_are_kept_apart_by_grain_type_grain_key_and_state_name()
    {
        var storage = await MigratedStorageAsync();
        GrainStateId[] states =
        [
            State,
            State with { GrainType = "AlertGrain" },
            State with { GrainKey = "79/online-dossier-rate" },
            State with { StateName = "alerts" },
        ];

        var etags = new List<string>();
        foreach (var (state, index) in states.Select((state, index) => (state, index)))
        {
            etags.Add(await storage.WriteAsync(state, Payload(index), null));
        }

        foreach (var (state, index) in states.Select((state, index) => (state, index)))
        {
            Assert.Equal(new StoredGrainState(Payload(index), etags[index]), await storage.ReadAsync(state));
        }
    }

    [Fact]
    public async Task Of_many_concurrent_writers_with_the_same_etag_exactly_one_succeeds()
    {
        var storage = await MigratedStorageAsync();
        var etag = await storage.WriteAsync(State, Payload(0), null);

        var outcomes = await WriteConcurrentlyAsync(storage, etag);

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.All(outcomes.Where(outcome => outcome != winner), loser => Assert.Equal((etag, winner.Etag), (loser.Error!.ExpectedEtag, loser.Error.StoredEtag)));
        Assert.Equal(new StoredGrainState(Payload(winner.Writer), winner.Etag!), await storage.ReadAsync(State));
    }

    [Fact]
    public async Task Of_many_concurrent_first_writers_with_no_etag_exactly_one_succeeds()
    {
        var storage = await MigratedStorageAsync();

        var outcomes = await WriteConcurrentlyAsync(storage, null);

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.All(outcomes.Where(outcome => outcome != winner), loser => Assert.Equal((null, winner.Etag), (loser.Error!.ExpectedEtag, loser.Error.StoredEtag)));
        Assert.Equal(new StoredGrainState(Payload(winner.Writer), winner.Etag!), await storage.ReadAsync(State));
    }

    // Vietnamese text checks that payloads survive as Unicode, not just ASCII.
    private static string Payload(int revision) => $$"""{"province":"Thành phố Hồ Chí Minh","revision":{{revision}}}""";

    private Task<int> MigrateAsync() => new SchemaMigrator(_database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

    private async Task<SqlGrainStorage> MigratedStorageAsync()
    {
        await MigrateAsync();
        return new SqlGrainStorage(_database);
    }

    private async Task<List<(int Version, string Description)>> SchemaVersionRowsAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, description FROM schema_version ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Many writers released at once, as two activations of one grain racing would be.</summary>
    private static async Task<WriteOutcome[]> WriteConcurrentlyAsync(SqlGrainStorage storage, string? expectedEtag)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(1, ConcurrentWriters).Select(writer => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return new WriteOutcome(writer, await storage.WriteAsync(State, Payload(writer), expectedEtag), null);
            }
            catch (InconsistentStateException error)
            {
                return new WriteOutcome(writer, null, error);
            }
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(writers);
    }

    private sealed record WriteOutcome(int Writer, string? Etag, InconsistentStateException? Error);
}
