using KpiActors.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>
/// Orleans' grain storage contract as the app's own storage keeps it, on every engine, written once: each engine's
/// test class only says how to get an empty database. Every test gets a database of its own. The ETag is what keeps
/// a second activation of a grain, which Orleans may briefly run during a directory change, from overwriting the
/// first one's state.
/// </summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    private const int ConcurrentWriters = 16;

    private const string StateName = "totals";

    private static readonly GrainId Grain = GrainId.Create("indicator", "01/online-dossier");

    private Database _database = null!;
    private SqlGrainStorage _storage = null!;

    /// <summary>A new database of the engine under test, with no schema yet.</summary>
    protected abstract Task<Database> CreateEmptyDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateEmptyDatabaseAsync();
        await new SchemaMigrator(_database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _storage = new SqlGrainStorage(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reading_a_state_that_was_never_written_gives_a_new_state_no_etag_and_no_record()
    {
        var read = await ReadAsync();

        Assert.Equal((new Snapshot(), null, false), (read.State, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task A_first_write_with_no_etag_then_a_read_round_trips_the_state_and_the_etag()
    {
        var written = new GrainState<Snapshot>(Revision(1));

        await _storage.WriteStateAsync(StateName, Grain, written);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        var read = await ReadAsync();
        Assert.Equal((Revision(1), written.ETag, true), (read.State, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task A_write_with_the_etag_last_read_succeeds_and_changes_the_etag()
    {
        await WriteAsync(Revision(1), etag: null);
        var state = await ReadAsync();
        var first = state.ETag;

        state.State = Revision(2);
        await _storage.WriteStateAsync(StateName, Grain, state);

        Assert.NotEqual(first, state.ETag);
        var read = await ReadAsync();
        Assert.Equal((Revision(2), state.ETag), (read.State, read.ETag));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_throws_naming_both_etags_and_changes_nothing()
    {
        var stale = await WriteAsync(Revision(1), etag: null);
        var current = await WriteAsync(Revision(2), stale);
        var late = new GrainState<Snapshot>(Revision(3), stale);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, late));

        Assert.Equal((current, stale), (error.StoredEtag, error.CurrentEtag));
        Assert.Contains(Grain.ToString(), error.Message);
        Assert.Equal(stale, late.ETag);
        var read = await ReadAsync();
        Assert.Equal((Revision(2), current), (read.State, read.ETag));
    }

    [Fact]
    public async Task A_first_write_with_no_etag_when_a_record_exists_throws_and_changes_nothing()
    {
        var etag = await WriteAsync(Revision(1), etag: null);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Revision(2), etag: null));

        Assert.Equal((etag, null), (error.StoredEtag, error.CurrentEtag));
        var read = await ReadAsync();
        Assert.Equal((Revision(1), etag), (read.State, read.ETag));
    }

    [Fact]
    public async Task A_write_with_an_etag_when_no_record_exists_throws_and_writes_nothing()
    {
        var etag = await WriteAsync(Revision(1), etag: null);
        await _storage.ClearStateAsync(StateName, Grain, new GrainState<Snapshot>(Revision(1), etag));

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Revision(2), etag));

        Assert.Equal((null, etag), (error.StoredEtag, error.CurrentEtag));
        Assert.False((await ReadAsync()).RecordExists);
    }

    [Fact]
    public async Task An_etag_this_storage_never_gives_is_refused_and_changes_nothing()
    {
        var etag = await WriteAsync(Revision(1), etag: null);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Revision(2), "W/\"0x8DB\""));

        Assert.Equal("W/\"0x8DB\"", error.CurrentEtag);
        var read = await ReadAsync();
        Assert.Equal((Revision(1), etag), (read.State, read.ETag));
    }

    [Fact]
    public async Task Clearing_with_the_current_etag_removes_the_record_and_the_next_first_write_starts_again()
    {
        var etag = await WriteAsync(Revision(1), etag: null);
        var state = new GrainState<Snapshot>(Revision(1), etag);

        await _storage.ClearStateAsync(StateName, Grain, state);

        Assert.Equal((new Snapshot(), null, false), (state.State, state.ETag, state.RecordExists));
        Assert.False((await ReadAsync()).RecordExists);
        var next = await WriteAsync(Revision(2), etag: null);
        var read = await ReadAsync();
        Assert.Equal((Revision(2), next, true), (read.State, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_throws_and_keeps_the_record()
    {
        var stale = await WriteAsync(Revision(1), etag: null);
        var current = await WriteAsync(Revision(2), stale);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.ClearStateAsync(StateName, Grain, new GrainState<Snapshot>(Revision(1), stale)));

        Assert.Equal((current, stale), (error.StoredEtag, error.CurrentEtag));
        var read = await ReadAsync();
        Assert.Equal((Revision(2), current), (read.State, read.ETag));
    }

    [Fact]
    public async Task Clearing_with_no_etag_when_a_record_exists_throws_and_keeps_the_record()
    {
        var etag = await WriteAsync(Revision(1), etag: null);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.ClearStateAsync(StateName, Grain, new GrainState<Snapshot>(Revision(1))));

        Assert.Equal((etag, null), (error.StoredEtag, error.CurrentEtag));
        var read = await ReadAsync();
        Assert.Equal((Revision(1), etag), (read.State, read.ETag));
    }

    [Fact]
    public async Task Clearing_a_state_that_was_never_written_with_no_etag_does_nothing()
    {
        await _storage.ClearStateAsync(StateName, Grain, new GrainState<Snapshot>());

        Assert.False((await ReadAsync()).RecordExists);
    }

    [Fact]
    public async Task States_are_kept_apart_by_grain_type_grain_key_and_state_name()
    {
        (GrainId Grain, string Name)[] states =
        [
            (Grain, StateName),
            (GrainId.Create("board-nodes", "01/online-dossier"), StateName),
            (GrainId.Create("indicator", "79/online-dossier"), StateName),
            (Grain, "alerts"),
        ];

        foreach (var ((grain, name), index) in states.Select((state, index) => (state, index)))
        {
            await _storage.WriteStateAsync(name, grain, new GrainState<Snapshot>(Revision(index)));
        }

        foreach (var ((grain, name), index) in states.Select((state, index) => (state, index)))
        {
            var read = new GrainState<Snapshot>();
            await _storage.ReadStateAsync(name, grain, read);
            Assert.Equal(Revision(index), read.State);
        }
    }

    [Fact]
    public async Task Of_many_writers_racing_with_the_same_etag_exactly_one_succeeds_and_its_state_is_stored()
    {
        var etag = await WriteAsync(Revision(0), etag: null);

        var outcomes = await WriteConcurrentlyAsync(etag);

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.All(outcomes.Where(outcome => outcome != winner), loser => Assert.Equal((winner.Etag, etag), (loser.Error!.StoredEtag, loser.Error.CurrentEtag)));
        var read = await ReadAsync();
        Assert.Equal((Revision(winner.Writer), winner.Etag), (read.State, read.ETag));
    }

    [Fact]
    public async Task Of_many_first_writers_racing_with_no_etag_exactly_one_succeeds_and_its_state_is_stored()
    {
        var outcomes = await WriteConcurrentlyAsync(null);

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.All(outcomes.Where(outcome => outcome != winner), loser => Assert.Equal((winner.Etag, null), (loser.Error!.StoredEtag, loser.Error.CurrentEtag)));
        var read = await ReadAsync();
        Assert.Equal((Revision(winner.Writer), winner.Etag), (read.State, read.ETag));
    }

    // Vietnamese text checks that states survive as Unicode, not just ASCII.
    private static Snapshot Revision(int number) => new() { Province = "Thành phố Hồ Chí Minh", Number = number };

    private async Task<GrainState<Snapshot>> ReadAsync()
    {
        var state = new GrainState<Snapshot>();
        await _storage.ReadStateAsync(StateName, Grain, state);
        return state;
    }

    /// <summary>Writes as an activation holding <paramref name="etag"/> would; the new ETag.</summary>
    private async Task<string?> WriteAsync(Snapshot revision, string? etag)
    {
        var state = new GrainState<Snapshot>(revision, etag);
        await _storage.WriteStateAsync(StateName, Grain, state);
        return state.ETag;
    }

    /// <summary>Many writers released at once, as two activations of one grain racing would be.</summary>
    private async Task<WriteOutcome[]> WriteConcurrentlyAsync(string? etag)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(1, ConcurrentWriters).Select(writer => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return new WriteOutcome(writer, await WriteAsync(Revision(writer), etag), null);
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

    /// <summary>A grain's state as the storage sees it: any class it can serialize.</summary>
    private sealed record Snapshot
    {
        public string Province { get; init; } = "";

        public int Number { get; init; }
    }
}
