using KpiActors.Silo.Facts;
using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

using KpiActors.Silo.Tests.Storage;

namespace KpiActors.Silo.Tests.Facts;

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
        await new SchemaMigrator(_database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
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
    public async Task Every_committed_delta_carries_the_grain_and_sequence_it_has_in_the_log()
    {
        var first = await _store.CommitAsync([new FactBatch([Dossier("HS-1"), Dossier("HS-2"), Dossier("HS-1", "01")])]);
        var second = await _store.CommitAsync([new FactBatch([Dossier("HS-2", "31", DossierStatus.Resolved, Received.AddDays(1))])]);

        Assert.Equal(InLogOrder(Logged(first).Concat(Logged(second))), await Rows.LogAsync(_database));
        Assert.All(first.Grains.Concat(second.Grains), g => Assert.All(g.Batch.Deltas, d => Assert.Equal(Received, d.RecordedAt)));
    }

    [Fact]
    public async Task Each_grains_sequence_starts_at_one_and_continues_across_commits_without_a_gap()
    {
        var log = new SqlDeltaLog(_database);
        var commits = new List<FactCommit>
        {
            await _store.CommitAsync([new FactBatch([Dossier("HS-1"), Dossier("HS-2")])]),
            await _store.CommitAsync([new FactBatch([Dossier("HS-3", "01"), Dossier("HS-1", "31", DossierStatus.InProgress)])]),
            await _store.CommitAsync([new FactBatch([Dossier("HS-4"), Dossier("HS-3", "01", DossierStatus.Resolved, Received.AddDays(1))])]),
        };

        var last = new Dictionary<IndicatorKey, long>();
        foreach (var grain in commits.SelectMany(c => c.Grains))
        {
            // Each batch names the last sequence its grain had before, and goes on from it by one.
            Assert.Equal(last.GetValueOrDefault(grain.Grain), grain.Batch.PreviousSequence);
            Assert.Equal(
                Enumerable.Range(1, grain.Batch.Deltas.Count).Select(i => grain.Batch.PreviousSequence + i),
                grain.Batch.Deltas.Select(d => d.Sequence));
            last[grain.Grain] = grain.Batch.Deltas[^1].Sequence;
        }

        var logged = await Rows.LogAsync(_database);
        Assert.All(logged.GroupBy(r => (r.Province, r.Indicator)), g => Assert.Equal(Enumerable.Range(1, g.Count()).Select(i => (long)i), g.Select(r => r.Sequence)));
        Assert.Equal(
            last.Select(l => (l.Key.Province, l.Key.Indicator, l.Value)).OrderBy(l => l.Province, StringComparer.Ordinal).ThenBy(l => l.Indicator, StringComparer.Ordinal),
            await Rows.LedgerAsync(_database));
        // Received dossiers touch two buckets of the on-time grain (the month received, the day due) and one of the online
        // grain, and a commit's deltas to one bucket are one: HS-1 and HS-2 make two deltas, not four; in progress changes nothing.
        Assert.Equal((4L, 2L), (last[new("31", Indicators.OnTimeId)], last[new("31", Indicators.OnlineDossierId)]));
        Assert.Equal((4L, 2L), (await log.LastSequenceAsync("31", Indicators.OnTimeId), await log.LastSequenceAsync("31", Indicators.OnlineDossierId)));
    }

    [Fact]
    public async Task A_commit_the_database_refuses_stores_nothing_and_leaves_no_gap_in_any_sequence()
    {
        var before = await _store.CommitAsync([new FactBatch([Dossier("HS-1"), Procedure("1.001", 4)])]);
        var ledger = await Rows.LedgerAsync(_database);

        // A procedure without a name breaks a NOT NULL column, after the dossier's correction has its sequences.
        await Assert.ThrowsAnyAsync<DbException>(() => _store.CommitAsync(
            [new FactBatch([Dossier("HS-1", "31", DossierStatus.Resolved, Received.AddDays(1)), Procedure("1.002", 3) with { Name = null! }])]));
        var ledgerAfterFailure = await Rows.LedgerAsync(_database);
        var logAfterFailure = await Rows.LogAsync(_database);
        var after = await _store.CommitAsync([new FactBatch([Dossier("HS-2"), Procedure("1.003", 2)])]);

        Assert.Equal(ledger, ledgerAfterFailure);
        Assert.Equal(InLogOrder(Logged(before)), logAfterFailure);
        Assert.Equal(["received"], await Rows.QueryAsync(_database, "SELECT status FROM dossiers WHERE dossier_id = 'HS-1'", r => r.GetString(0)));
        Assert.Equal(["1.001", "1.003"], await Rows.QueryAsync(_database, "SELECT code FROM procedures ORDER BY code", r => r.GetString(0)));
        Assert.Equal(3, after.Grains.Count);
        foreach (var grain in after.Grains)
        {
            var previous = before.Grains.Single(g => g.Grain == grain.Grain).Batch.Deltas[^1].Sequence;
            Assert.Equal((previous, previous + 1), (grain.Batch.PreviousSequence, grain.Batch.Deltas[0].Sequence));
        }

        Assert.Equal(InLogOrder(Logged(before).Concat(Logged(after))), await Rows.LogAsync(_database));
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
            await Rows.QueryAsync(_database, "SELECT dossier_id, status, resolved_at FROM dossiers", r => (r.GetString(0), r.GetString(1), (DateTimeOffset?)r.GetFieldValue<DateTimeOffset>(2))));
        var onTime = Net(commit, Indicators.OnTimeId);
        // November 2026's bucket (yyyymm), slots 0 and 1 of the on-time counters (received, early).
        Assert.Equal(1, onTime[(202611, 0)]);
        Assert.Equal(1, onTime[(202611, 1)]);
        Assert.Equal(2, onTime.Count);
    }

    [Fact]
    public async Task A_repeat_writes_nothing_and_yields_no_delta()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-3"), Dossier("HS-4")])]);
        var before = await Rows.LogAsync(_database);
        var ledger = await Rows.LedgerAsync(_database);

        var repeat = await _store.CommitAsync([new FactBatch([Dossier("HS-4"), Dossier("HS-3")])]);

        Assert.Equal([new BatchOutcome(0, 2)], repeat.Outcomes);
        Assert.Empty(repeat.Grains);
        Assert.Equal(before, await Rows.LogAsync(_database));
        Assert.Equal(ledger, await Rows.LedgerAsync(_database));
    }

    [Fact]
    public async Task An_older_stage_arriving_late_changes_nothing()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-5", "31", DossierStatus.Resolved, Received.AddDays(1))])]);

        var late = await _store.CommitAsync([new FactBatch([Dossier("HS-5", "31", DossierStatus.InProgress)])]);

        Assert.Equal([new BatchOutcome(0, 1)], late.Outcomes);
        Assert.Empty(late.Grains);
        Assert.Equal(["resolved"], await Rows.QueryAsync(_database, "SELECT status FROM dossiers", r => r.GetString(0)));
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
            await Rows.QueryAsync(_database, "SELECT code, online_level FROM procedures ORDER BY code", r => (r.GetString(0), r.GetInt32(1))));
        var stock = await Rows.QueryAsync(_database,
            "SELECT SUM(v0), SUM(v1), SUM(v2), SUM(v3) FROM delta_log WHERE indicator = 'online-l4'",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
        Assert.Equal([(2L, 0L, 0L, 2L)], stock);
    }

    [Fact]
    public async Task An_edoc_count_is_stored_and_a_corrected_count_moves_only_the_difference()
    {
        var month = ReportingPeriod.Month(2026, 10);
        await _store.CommitAsync([new FactBatch([new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Outgoing, month, 80, 100)])]);

        var correction = await _store.CommitAsync([new FactBatch([new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Outgoing, month, 90, 120)])]);

        var grain = Assert.Single(correction.Grains);
        var delta = Assert.Single(grain.Batch.Deltas);
        Assert.Equal((new IndicatorKey("31", Indicators.EDocId), 1L, 2L), (grain.Grain, grain.Batch.PreviousSequence, delta.Sequence));
        // 90 - 80 electronic of 120 - 100 in all: the counters of e-documents are (electronic, total).
        Assert.Equal([10, 20, 0, 0, 0, 0], delta.Values);
        Assert.Equal([(90L, 120L)], await Rows.QueryAsync(_database, "SELECT electronic, total FROM edoc_counts", r => (r.GetInt64(0), r.GetInt64(1))));
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

        // November 2026's bucket (yyyymm): received and online, summed per day the log recorded them.
        Assert.Equal(
            [
                (2L, 202611, "4,4,0,0,0,0", lateOnTheSecond.AddMinutes(20)),
                (3L, 202611, "1,1,0,0,0,0", lateOnTheSecond.AddMinutes(40)),
            ],
            all);
        Assert.Equal((2L, 3L), (LastSequence(second, Indicators.OnlineDossierId), LastSequence(third, Indicators.OnlineDossierId)));
        Assert.Equal([all[1]], afterSecond);
    }

    [Fact]
    public async Task The_log_is_read_by_a_bounded_number_of_grains_at_a_time_and_the_next_one_goes_when_one_ends()
    {
        await _store.CommitAsync([new FactBatch([Dossier("HS-9")])]);
        var log = new SqlDeltaLog(_database);
        var readers = new List<IAsyncEnumerator<LoggedDelta>>();
        for (var i = 0; i < Database.ConcurrentReads; i++)
        {
            var reader = log.ReadAsync("31", Indicators.OnTimeId, 0).GetAsyncEnumerator();
            Assert.True(await reader.MoveNextAsync());
            readers.Add(reader);
        }

        var waiting = log.ReadAsync("31", Indicators.OnTimeId, 0).GetAsyncEnumerator();
        var turn = waiting.MoveNextAsync().AsTask();
        // No turn is left, so the next read waits for one: the readers mid-read hold them all. A turn not free is a task
        // not complete, a state rather than a moment of not finishing.
        var spare = _database.TakeReadTurnAsync();
        Assert.False(spare.IsCompleted, $"A read turn was free with {Database.ConcurrentReads} reads under way.");

        // One read ends: the waiting one goes (it asked before the spare), and the spare when another ends.
        await readers[0].DisposeAsync();
        Assert.True(await turn.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(spare.IsCompleted, "The read that waited did not take the turn that came free.");
        await readers[1].DisposeAsync();
        (await spare.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        await waiting.DisposeAsync();
        foreach (var reader in readers.Skip(2))
        {
            await reader.DisposeAsync();
        }
    }

    private static DossierFact Dossier(string id, string province = "31", DossierStatus status = DossierStatus.Received, DateTimeOffset? resolvedAt = null) =>
        new(province, id, AdministrativeLevel.Commune, Channel.Online, "1.001", Received, Received.AddDays(5), resolvedAt, status);

    private static ProcedureFact Procedure(string code, int onlineLevel) => new("31", code, $"Thủ tục {code}", onlineLevel);

    /// <summary>A commit's deltas as the log rows they must be.</summary>
    private static IEnumerable<LogRow> Logged(FactCommit commit) =>
        commit.Grains.SelectMany(g => g.Batch.Deltas.Select(d => new LogRow(g.Grain.Province, g.Grain.Indicator, d.Sequence, d.Bucket, string.Join(',', d.Values))));

    private static IEnumerable<LogRow> InLogOrder(IEnumerable<LogRow> rows) =>
        rows.OrderBy(r => r.Province, StringComparer.Ordinal).ThenBy(r => r.Indicator, StringComparer.Ordinal).ThenBy(r => r.Sequence);

    private static long LastSequence(FactCommit commit, string indicator) =>
        commit.Grains.Single(g => g.Grain.Indicator == indicator).Batch.Deltas[^1].Sequence;

    private static async Task<List<(long Sequence, int Bucket, string Values, DateTimeOffset RecordedAt)>> SumsAsync(IAsyncEnumerable<LoggedDelta> log)
    {
        var sums = new List<(long, int, string, DateTimeOffset)>();
        await foreach (var sum in log)
        {
            sums.Add((sum.Sequence, sum.Bucket, string.Join(',', sum.Values), sum.RecordedAt));
        }

        return sums;
    }

    /// <summary>The net of a commit's deltas of one indicator per (bucket, slot), zeros left out.</summary>
    private static Dictionary<(int Bucket, int Slot), long> Net(FactCommit commit, string indicator) =>
        commit.Grains.Where(g => g.Grain.Indicator == indicator)
            .SelectMany(g => g.Batch.Deltas)
            .SelectMany(d => d.Values.Select((value, slot) => (Key: (d.Bucket, slot), value)))
            .GroupBy(x => x.Key, x => x.value)
            .Select(g => (g.Key, Sum: g.Sum()))
            .Where(x => x.Sum != 0)
            .ToDictionary(x => x.Key, x => x.Sum);
}
