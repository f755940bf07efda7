using KpiActors.Domain;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiActors.Silo.Tests.Storage;

/// <summary>
/// What storing facts must do on every engine, written once. The engines write a commit's rows in very
/// different ways (a statement per row, one statement per table over arrays), so each test reads back
/// what was stored, not only what the store answered.
/// </summary>
public abstract class FactStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly ManualClock _clock = new(Received);
    private Database _database = null!;
    private SqlFactStore _store = null!;

    /// <summary>A new database of the engine under test, with no schema yet.</summary>
    protected abstract Task<Database> CreateEmptyDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateEmptyDatabaseAsync();
        await new SchemaMigrator(_database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _store = new SqlFactStore(_database, _clock);
    }

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_committed_delta_carries_the_sequence_it_has_in_the_log()
    {
        var first = await _store.CommitAsync([new FactBatch([Dossier("HS-1"), Dossier("HS-2"), Dossier("HS-1", "31")])]);
        var second = await _store.CommitAsync([new FactBatch([Dossier("HS-2", "31", DossierStatus.Resolved, Received.AddDays(1))])]);

        var committed = first.Deltas.Concat(second.Deltas).ToList();
        var logged = await LoggedAsync();
        Assert.Equal(
            logged.Select(d => (d.Sequence, d.Province, d.Indicator, d.Bucket, string.Join(',', d.Values))),
            committed.Select(d => (d.Delta.Sequence, d.Province, d.Indicator, d.Delta.Bucket, string.Join(',', d.Delta.Values))));
        Assert.True(committed.Select(d => d.Delta.Sequence).SequenceEqual(committed.Select(d => d.Delta.Sequence).Order()));
        Assert.Equal(first.Deltas.Max(d => d.Delta.Sequence) + 1, second.Deltas.Min(d => d.Delta.Sequence));
    }

    [Fact]
    public async Task A_dossier_changed_twice_in_one_commit_is_stored_as_its_last_version()
    {
        var commit = await _store.CommitAsync(
        [
            new FactBatch([Dossier("HS-7")]),
            new FactBatch([Dossier("HS-7", "31", DossierStatus.InProgress)]),
            new FactBatch([Dossier("HS-7", "31", DossierStatus.Resolved, Received.AddDays(2))]),
        ]);

        Assert.Equal([new BatchOutcome(1, 0), new BatchOutcome(1, 0), new BatchOutcome(1, 0)], commit.Outcomes);
        Assert.Equal(
            [("HS-7", "resolved", (DateTimeOffset?)Received.AddDays(2))],
            await QueryAsync("SELECT dossier_id, status, resolved_at FROM dossiers", r => (r.GetString(0), r.GetString(1), (DateTimeOffset?)r.GetFieldValue<DateTimeOffset>(2))));
        var onTime = Net(commit.Deltas, Indicators.OnTimeId);
        Assert.Equal(1, onTime[(Bucket.Month(2026, 11), Indicators.OnTimeSlot.Received)]);
        Assert.Equal(1, onTime[(Bucket.Month(2026, 11), Indicators.OnTimeSlot.Early)]);
        Assert.Equal(2, onTime.Count);
    }

    [Fact]
    public async Task A_repeat_writes_nothing_and_yields_no_delta()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-3"), Dossier("HS-4")])]);
        var before = await LoggedAsync();

        var repeat = await _store.CommitAsync([new FactBatch([Dossier("HS-4"), Dossier("HS-3")])]);

        Assert.Equal([new BatchOutcome(0, 2)], repeat.Outcomes);
        Assert.Empty(repeat.Deltas);
        Assert.Equal(before.Count, (await LoggedAsync()).Count);
    }

    [Fact]
    public async Task An_older_stage_arriving_late_changes_nothing()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-5", "31", DossierStatus.Resolved, Received.AddDays(1))])]);

        var late = await _store.CommitAsync([new FactBatch([Dossier("HS-5", "31", DossierStatus.InProgress)])]);

        Assert.Equal([new BatchOutcome(0, 1)], late.Outcomes);
        Assert.Equal(["resolved"], await QueryAsync("SELECT status FROM dossiers", r => r.GetString(0)));
    }

    [Fact]
    public async Task Replacing_a_catalogue_removes_the_procedures_it_no_longer_lists_and_keeps_those_listed_again()
    {
        await _store.CommitAsync([new FactBatch([Procedure("1.001", 4), Procedure("1.002", 3), Procedure("1.003", 2)], ReplacesCatalogueOf: "31")]);

        var commit = await _store.CommitAsync(
        [
            new FactBatch([Procedure("1.001", 4)], ReplacesCatalogueOf: "31"),
            new FactBatch([Procedure("1.001", 4), Procedure("1.003", 4)], ReplacesCatalogueOf: "31"),
        ]);

        Assert.Equal([new BatchOutcome(2, 1), new BatchOutcome(1, 1)], commit.Outcomes);
        Assert.Equal(
            [("1.001", 4), ("1.003", 4)],
            await QueryAsync("SELECT code, online_level FROM procedures ORDER BY code", r => (r.GetString(0), r.GetInt32(1))));
        var stock = (await LoggedAsync()).Where(d => d.Indicator == Indicators.OnlineL4Id)
            .Aggregate(new long[Counters.Width], (sum, d) => { Counters.Add(sum, d.Values, +1); return sum; });
        Assert.Equal(Counters.Of(2, 0, 0, 2), stock);
    }

    [Fact]
    public async Task An_edoc_count_is_stored_and_a_corrected_count_moves_only_the_difference()
    {
        var month = ReportingPeriod.Month(2026, 10);
        await _store.CommitAsync([new FactBatch([new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Outgoing, month, 80, 100)])]);

        var correction = await _store.CommitAsync([new FactBatch([new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Outgoing, month, 90, 120)])]);

        var delta = Assert.Single(correction.Deltas);
        Assert.Equal(Counters.Of(10, 20), delta.Delta.Values);
        Assert.Equal([(90L, 120L)], await QueryAsync("SELECT electronic, total FROM edoc_counts", r => (r.GetInt64(0), r.GetInt64(1))));
    }

    [Fact]
    public async Task A_grain_reads_its_log_summed_per_bucket_and_Vietnam_day_in_log_order()
    {
        // 23:30 and 23:50 on 2 November in Vietnam, then 00:10 on the 3rd, which is still the 2nd in UTC.
        var lateOnTheSecond = new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.FromHours(7));
        _clock.Set(lateOnTheSecond);
        await _store.CommitAsync([new FactBatch([Dossier("HS-21"), Dossier("HS-22")])]);
        _clock.Set(lateOnTheSecond.AddMinutes(20));
        var second = await _store.CommitAsync([new FactBatch([Dossier("HS-23"), Dossier("HS-24", "31", DossierStatus.Resolved, Received.AddDays(1))])]);
        _clock.Set(lateOnTheSecond.AddMinutes(40));
        var third = await _store.CommitAsync([new FactBatch([Dossier("HS-25")])]);
        var log = new SqlDeltaLog(_database);

        var all = await SumsAsync(log.ReadAsync("31", Indicators.OnlineDossierId, 0));
        var afterSecond = await SumsAsync(log.ReadAsync("31", Indicators.OnlineDossierId, LastSequence(second, Indicators.OnlineDossierId)));

        var november = Bucket.Month(2026, 11);
        Assert.Equal(
            [
                (LastSequence(second, Indicators.OnlineDossierId), november, "4,4,0,0,0,0", lateOnTheSecond.AddMinutes(20)),
                (LastSequence(third, Indicators.OnlineDossierId), november, "1,1,0,0,0,0", lateOnTheSecond.AddMinutes(40)),
            ],
            all);
        Assert.Equal([all[1]], afterSecond);
    }

    [Fact]
    public async Task The_log_is_read_by_a_bounded_number_of_grains_at_a_time_and_the_next_one_goes_when_one_ends()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-9")])]);
        var log = new SqlDeltaLog(_database);
        var readers = new List<IAsyncEnumerator<LoggedDelta>>();
        for (var i = 0; i < SqlDeltaLog.ConcurrentReads; i++)
        {
            var reader = log.ReadAsync("31", Indicators.OnTimeId, 0).GetAsyncEnumerator();
            Assert.True(await reader.MoveNextAsync());
            readers.Add(reader);
        }

        var waiting = log.ReadAsync("31", Indicators.OnTimeId, 0).GetAsyncEnumerator();
        var turn = waiting.MoveNextAsync().AsTask();
        // Proving that it waits needs a moment of not finishing; it is what the bound is for.
        Assert.NotSame(turn, await Task.WhenAny(turn, Task.Delay(TimeSpan.FromMilliseconds(300))));

        await readers[0].DisposeAsync();
        Assert.True(await turn.WaitAsync(TimeSpan.FromSeconds(30)));
        await waiting.DisposeAsync();
        foreach (var reader in readers.Skip(1))
        {
            await reader.DisposeAsync();
        }
    }

    private static DossierFact Dossier(string id, string province = "31", DossierStatus status = DossierStatus.Received, DateTimeOffset? resolvedAt = null) =>
        new(province, id, AdministrativeLevel.Commune, Channel.Online, "1.001", Received, Received.AddDays(5), resolvedAt, status);

    private static ProcedureFact Procedure(string code, int onlineLevel) => new("31", code, $"Thủ tục {code}", onlineLevel);

    private static long LastSequence(FactCommit commit, string indicator) =>
        commit.Deltas.Where(d => d.Indicator == indicator).Max(d => d.Delta.Sequence);

    private static async Task<List<(long Sequence, int Bucket, string Values, DateTimeOffset RecordedAt)>> SumsAsync(IAsyncEnumerable<LoggedDelta> log)
    {
        var sums = new List<(long, int, string, DateTimeOffset)>();
        await foreach (var sum in log)
        {
            sums.Add((sum.Sequence, sum.Bucket, string.Join(',', sum.Values), sum.RecordedAt));
        }

        return sums;
    }

    /// <summary>The net of the deltas of one indicator per (bucket, slot), zeros left out.</summary>
    private static Dictionary<(int Bucket, int Slot), long> Net(IEnumerable<CommittedDelta> deltas, string indicator) =>
        deltas.Where(d => d.Indicator == indicator)
            .SelectMany(d => d.Delta.Values.Select((value, slot) => (Key: (d.Delta.Bucket, slot), value)))
            .GroupBy(x => x.Key, x => x.value)
            .Select(g => (g.Key, Sum: g.Sum()))
            .Where(x => x.Sum != 0)
            .ToDictionary(x => x.Key, x => x.Sum);

    private Task<List<(long Sequence, string Province, string Indicator, int Bucket, long[] Values)>> LoggedAsync() =>
        QueryAsync("SELECT sequence, province, indicator, bucket, v0, v1, v2, v3, v4, v5 FROM delta_log ORDER BY sequence",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), new[] { r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9) }));

    private async Task<List<T>> QueryAsync<T>(string sql, Func<System.Data.Common.DbDataReader, T> read)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
