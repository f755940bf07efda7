using KpiActors.TestSupport;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using static KpiActors.Domain.Indicators;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>Recovery: a grain that missed deltas, or lost its memory, ends up where the log says, counting nothing twice.</summary>
public abstract partial class IndicatorGrainContract
{
    private static readonly (string Key, string Period)[] Watched =
    [
        (Key(OnTimeId), "2026-10"), (Key(OnTimeId), "2026-11"), (Key(OnTimeId), "2026-Q4"),
        (Key(OnlineDossierId), "2026-11"), (Key(OnlineDossierId), "2026"),
        (Key(EDocId), "2026-11"), (Key(OnlineL4Id), "2026-11"),
    ];

    [Fact]
    public async Task A_grain_that_missed_a_batch_catches_up_from_the_log()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        var onTime = Key(OnTimeId);
        await feed.StoreAndDeliverAsync(Dossiers.Received(Province, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17)).ResolvedAt(Vn.At(2026, 11, 5)));
        var missed = await feed.StoreAsync(Dossiers.Received(Province, "HS-2", Vn.At(2026, 11, 3), Vn.At(2026, 11, 25, 17)).InProgress());
        await feed.DeliverAsync(missed, lost: grain => grain == onTime);
        var behind = await host.ReadAsync(onTime, "2026-11");

        // The next batch names the last sequence sent before it, which this grain never saw.
        var next = await feed.StoreAndDeliverAsync(Dossiers.Received(Province, "HS-3", Vn.At(2026, 11, 4), Vn.At(2026, 11, 10, 17)).ResolvedAt(Vn.At(2026, 11, 12)));
        var caughtUp = await host.ReadAsync(onTime, "2026-11");

        Assert.Equal(1, behind.Counts["received"]);
        Assert.Equal(Sequence(missed, OnTimeId, last: false) - 1, behind.Sequence);
        Assert.Equal((3L, 1L, 1L, 1L), (caughtUp.Counts["received"], caughtUp.Counts["early"], caughtUp.Counts["late"], caughtUp.Counts["inProgress"]));
        Assert.Equal((1, 2), (caughtUp.Numerator, caughtUp.Denominator));
        Assert.Equal(Sequence(next, OnTimeId), caughtUp.Sequence);
        Assert.Equal(3, (await host.ReadAsync(Key(OnlineDossierId), "2026-11")).Denominator);
    }

    [Fact]
    public async Task A_restart_with_snapshots_gives_identical_readings()
    {
        var first = await StartHostAsync(snapshotEvery: 2);
        await FeedWorkloadAsync(new Feed(first));
        var before = await ReadWatchedAsync(first);
        await first.StopAsync();
        // The graceful stop wrote every grain's snapshot up to its last delta, so the whole log can go:
        // the next host can only have the figures from the snapshots.
        foreach (var (key, _) in Watched)
        {
            var sequence = before.First(r => Key(r.Figures.Indicator, r.Figures.Province) == key).Figures.Sequence;
            Assert.Equal(sequence, await first.SnapshotWatermarkAsync(key));
            await first.CompactLogAsync(key, sequence);
        }

        var second = await StartHostAsync(snapshotEvery: 2);
        var after = await ReadWatchedAsync(second);

        Assert.Equal(before, after);
        AssertWorkloadFigures(after);
    }

    [Fact]
    public async Task A_restart_without_snapshots_replays_the_log_to_identical_readings()
    {
        var first = await StartHostAsync();
        await FeedWorkloadAsync(new Feed(first));
        var before = await ReadWatchedAsync(first);
        await first.CrashAsync();
        foreach (var (key, _) in Watched)
        {
            Assert.Null(await first.SnapshotWatermarkAsync(key));
        }

        var second = await StartHostAsync();
        var after = await ReadWatchedAsync(second);

        Assert.Equal(before, after);
        AssertWorkloadFigures(after);
    }

    [Fact]
    public async Task A_restart_after_a_crash_counts_nothing_before_the_snapshot_watermark_twice()
    {
        var onTime = Key(OnTimeId);
        var first = await StartHostAsync(snapshotEvery: 3);
        var feed = new Feed(first);
        // Seven commits of one dossier each, each one delta for the on-time grain (received and resolved in
        // one month): snapshots after the third and the sixth, the seventh only in memory when it crashes.
        var sequences = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var commit = await feed.StoreAndDeliverAsync(
                Dossiers.Received(Province, $"HS-{i}", Vn.At(2026, 11, 2 + i), Vn.At(2026, 11, 9 + i, 17)).ResolvedAt(Vn.At(2026, 11, 8 + i, 10)));
            sequences.Add(Assert.Single(commit.Grains.Single(g => g.Grain.Indicator == OnTimeId).Batch.Deltas).Sequence);
        }

        var reading = await first.ReadAsync(onTime, "2026-11");
        var before = Readings.Comparable(reading);
        await first.CrashAsync();
        // What the snapshot covers is compacted away: the restart must take it from the snapshot, and only
        // what came after from the log.
        var watermark = await first.SnapshotWatermarkAsync(onTime);
        await first.CompactLogAsync(onTime, watermark!.Value);

        var second = await StartHostAsync(snapshotEvery: 3);
        var afterRestart = Readings.Comparable(await second.ReadAsync(onTime, "2026-11"));
        // Deltas from before the crash delivered again (a pipeline retrying) must not count either.
        foreach (var (grain, batch) in feed.Delivered)
        {
            await second.Grain(grain).ApplyAsync(batch);
        }

        var afterRedelivery = Readings.Comparable(await second.ReadAsync(onTime, "2026-11"));

        Assert.Equal(sequences[5], watermark.Value);
        Assert.Equal((7L, 7L), (reading.Counts["received"], reading.Denominator));
        Assert.Equal(before, afterRestart);
        Assert.Equal(before, afterRedelivery);
    }

    /// <summary>Dossiers over two months, e-document counts and a catalogue: every kind of grain has deltas.</summary>
    private async Task FeedWorkloadAsync(Feed feed)
    {
        var early = Dossiers.Received(Province, "HS-1", Vn.At(2026, 10, 20), Vn.At(2026, 10, 30, 17), Channel.Online);
        var late = Dossiers.Received(Province, "HS-2", Vn.At(2026, 10, 25), Vn.At(2026, 11, 4, 17));
        var open = Dossiers.Received(Province, "HS-3", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17), Channel.Online);
        var onTime = Dossiers.Received(Province, "HS-4", Vn.At(2026, 11, 3), Vn.At(2026, 11, 13, 17), Channel.Postal);
        await feed.StoreAndDeliverAsync(early, late, open, onTime);
        await feed.StoreAndDeliverAsync(early.ResolvedAt(Vn.At(2026, 10, 28)), late.InProgress(), open.InProgress());
        await feed.StoreAndDeliverAsync(late.ResolvedAt(Vn.At(2026, 11, 6)), onTime.ResolvedAt(Vn.At(2026, 11, 13, 16)));
        await feed.StoreAndDeliverAsync(
            new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Outgoing, ReportingPeriod.Month(2026, 11), 90, 100),
            new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Incoming, ReportingPeriod.Month(2026, 11), 45, 50));
        await feed.StoreAndDeliverAsync(
            new ProcedureFact(Province, "1.001", "Đăng ký khai sinh", 4),
            new ProcedureFact(Province, "1.002", "Cấp giấy phép xây dựng", 3),
            new ProcedureFact(Province, "1.003", "Chứng thực bản sao", 2),
            new ProcedureFact(Province, "1.004", "Đăng ký kết hôn", 4));
        await feed.StoreAndDeliverAsync(new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Incoming, ReportingPeriod.Month(2026, 11), 48, 50));
    }

    /// <summary>The workload's figures, so that identical readings are also right ones.</summary>
    private static void AssertWorkloadFigures(IReadOnlyList<(IndicatorReading Figures, string Counts)> readings)
    {
        string Figures(string indicator, string period)
        {
            var reading = readings.Single(r => r.Figures.Indicator == indicator && r.Figures.Period == period);
            return $"{reading.Figures.Numerator}/{reading.Figures.Denominator} {reading.Counts}";
        }

        Assert.Equal("1/1 cancelled=0, early=1, late=0, onTime=0, received=2, returned=0", Figures(OnTimeId, "2026-10"));
        Assert.Equal("1/2 cancelled=0, early=0, inProgress=1, late=1, onTime=1, overdue=1, received=2, returned=0", Figures(OnTimeId, "2026-11"));
        Assert.Equal("2/3 cancelled=0, early=1, inProgress=1, late=1, onTime=1, overdue=1, received=4, returned=0", Figures(OnTimeId, "2026-Q4"));
        Assert.Equal("1/2 inPerson=0, online=1, postal=1, received=2", Figures(OnlineDossierId, "2026-11"));
        Assert.Equal("2/4 inPerson=1, online=2, postal=1, received=4", Figures(OnlineDossierId, "2026"));
        Assert.Equal("138/150 electronic=138, total=150", Figures(EDocId, "2026-11"));
        Assert.Equal("2/4 level2=1, level3=1, level4=2, procedures=4", Figures(OnlineL4Id, "2026-11"));
    }

    private static async Task<IReadOnlyList<(IndicatorReading Figures, string Counts)>> ReadWatchedAsync(GrainTestHost host)
    {
        var readings = new List<(IndicatorReading, string)>();
        foreach (var (key, period) in Watched)
        {
            readings.Add(Readings.Comparable(await host.ReadAsync(key, period)));
        }

        return readings;
    }
}
