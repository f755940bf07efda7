using KpiActors.Silo.Facts;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Orleans.TestingHost;
using static KpiActors.Domain.Indicators;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>
/// Two silos on one PostgreSQL database, clustered through it as the app's nodes are, each committing through its own
/// fact store and sending what it committed from where it runs. Whatever happens to a silo or a send, every grain
/// ends with every committed delta applied exactly once. Every test ends a silo or needs its own poll interval, so
/// each has a cluster of its own.
/// </summary>
public sealed class ClusterCatchUpTests
{
    private const string Province = "31";

    private static readonly string OnTime = new IndicatorKey(Province, OnTimeId).ToString();

    /// <summary>
    /// Room, on a busy machine, for what the cluster does in its own time: a killed silo's grain may answer again only
    /// once the cluster has declared that silo dead (about ten seconds with the app's settings), a poll comes every half second.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public Task A_grain_whose_silo_stops_comes_back_on_the_other_silo_with_every_committed_delta_applied_once() =>
        // The stop is graceful: the grain writes its snapshot of all five deltas before it leaves.
        AssertComesBackOnTheOtherSiloAsync((host, silo) => host.StopSiloAsync(silo), snapshotAfterTheEnd: 5);

    [Fact]
    public Task A_grain_whose_silo_is_killed_comes_back_on_the_other_silo_with_every_committed_delta_applied_once() =>
        // The last delta was only in the dead silo's memory: its last snapshot, every four, covers four.
        AssertComesBackOnTheOtherSiloAsync((host, silo) => host.KillSiloAsync(silo), snapshotAfterTheEnd: 4);

    [Fact]
    public async Task Deltas_committed_but_never_sent_to_an_active_grain_are_applied_within_the_log_poll_interval()
    {
        await using var host = await StartAsync(logPollInterval: TimeSpan.FromMilliseconds(500));
        var sender = new Feed(host, host.Silos[0]);
        var silent = new Feed(host, host.Silos[1]);
        await sender.StoreAndDeliverAsync(Resolved("A-1", late: false), Resolved("A-2", late: true));
        var active = await host.ReadAsync(OnTime, "2026-10");

        // The other node commits and dies before it sends: nobody tells the grain.
        await silent.StoreAsync(Resolved("B-1", late: false));
        var last = await silent.StoreAsync(Resolved("B-2", late: false), Resolved("B-3", late: true));

        var polled = await Poll.UntilAsync(() => host.ReadAsync(OnTime, "2026-10"), r => r.Sequence == 3, Deadline, "the grain to read the log's head");
        Assert.Equal(1, active.Sequence);
        Assert.Equal(3, Sequence(last));
        Assert.Equal("early=3, late=2, received=5", Figures(polled));
        Assert.Equal((3, 5), (polled.Numerator, polled.Denominator));
    }

    [Fact]
    public async Task A_batch_delivered_before_an_earlier_one_ends_with_every_delta_applied_once()
    {
        await using var host = await StartAsync(logPollInterval: TimeSpan.FromHours(1));
        var first = new Feed(host, host.Silos[0]);
        var second = new Feed(host, host.Silos[1]);
        await first.StoreAndDeliverAsync(Resolved("A-1", late: false));
        var earlier = await first.StoreAsync(Resolved("B-1", late: true), Resolved("B-2", late: false));
        var later = await second.StoreAsync(Resolved("C-1", late: false));

        // The later commit's sends overtake the earlier one's, which arrive afterwards.
        await second.DeliverAsync(later);
        var afterTheLater = await host.ReadAsync(OnTime, "2026-10");
        await first.DeliverAsync(earlier);
        var afterBoth = await host.ReadAsync(OnTime, "2026-10");

        Assert.Equal((2, 2), (Sequence(earlier), PreviousSequence(later)));
        Assert.Equal(3, afterTheLater.Sequence);
        Assert.Equal("early=3, late=1, received=4", Figures(afterTheLater));
        Assert.Equal(Readings.Comparable(afterTheLater), Readings.Comparable(afterBoth));
    }

    /// <summary>
    /// Five commits of two dossiers each (one delta each: both land in the same month), sent by both nodes in turn; the
    /// silo where the grain lives ends; three dossiers more are committed by the other node while the grain is active
    /// nowhere, and never sent. The next call finds the grain on the survivor with all thirteen dossiers in six deltas,
    /// and every batch sent before, sent again, changes nothing.
    /// </summary>
    private static async Task AssertComesBackOnTheOtherSiloAsync(Func<GrainTestHost, SiloHandle, Task> end, long snapshotAfterTheEnd)
    {
        await using var host = await StartAsync(logPollInterval: TimeSpan.FromHours(1), snapshotEvery: 4);
        var feeds = host.Silos.ToDictionary(silo => silo, silo => new Feed(host, silo));
        // Active before the first commit, so that it counts every delta as it is sent, a snapshot every four.
        await host.ReadAsync(OnTime, "2026-10");
        for (var i = 0; i < 5; i++)
        {
            await feeds[host.Silos[i % 2]].StoreAndDeliverAsync(Resolved($"A-{i}-0", late: i % 2 == 0), Resolved($"A-{i}-1", late: false));
        }

        var home = host.SiloOf(OnTime) ?? throw new InvalidOperationException("The grain is active on no silo.");
        var survivor = host.Silos.Single(silo => silo != home);
        var before = await host.ReadAsync(OnTime, "2026-10");

        await end(host, home);
        var unsent = await feeds[survivor].StoreAsync(Resolved("B-0", late: false), Resolved("B-1", late: true), Resolved("B-2", late: false));
        var snapshot = await host.SnapshotWatermarkAsync(OnTime);
        var back = await Poll.UntilAsync(() => host.ReadAsync(OnTime, "2026-10"), _ => true, Deadline, "the grain to answer again");
        var where = host.SiloOf(OnTime);
        foreach (var (grain, batch) in feeds.Values.SelectMany(feed => feed.Delivered))
        {
            await host.GrainsOn(survivor).GetGrain<IIndicatorGrain>(grain).ApplyAsync(batch);
        }

        var afterRedelivery = await host.ReadAsync(OnTime, "2026-10");

        Assert.Equal((5, "early=7, late=3, received=10"), (before.Sequence, Figures(before)));
        Assert.Equal(snapshotAfterTheEnd, snapshot);
        Assert.Equal(survivor.SiloAddress, where?.SiloAddress);
        Assert.Equal(6, Sequence(unsent));
        Assert.Equal(6, back.Sequence);
        Assert.Equal("early=9, late=4, received=13", Figures(back));
        Assert.Equal((9, 13), (back.Numerator, back.Denominator));
        Assert.Equal(Readings.Comparable(back), Readings.Comparable(afterRedelivery));
    }

    private static async Task<GrainTestHost> StartAsync(TimeSpan logPollInterval, int snapshotEvery = int.MaxValue) =>
        await GrainTestHost.StartAsync(
            StorageEngine.Postgres,
            await PostgresServer.CreateDatabaseAsync(),
            new HostObjects(TimeProvider.System),
            StatusPolicy.Default,
            new IndicatorGrainOptions { SnapshotEvery = snapshotEvery, SnapshotInterval = TimeSpan.FromHours(1), LogPollInterval = logPollInterval },
            silos: 2);

    /// <summary>A dossier received and resolved in October 2026, a closed month whatever today is: early, or late.</summary>
    private static DossierFact Resolved(string id, bool late) =>
        Dossiers.Received(Province, id, Vn.At(2026, 10, 5), Vn.At(2026, 10, 12, 17)).ResolvedAt(late ? Vn.At(2026, 10, 15) : Vn.At(2026, 10, 9));

    private static string Figures(IndicatorReading reading) =>
        string.Join(", ", new[] { "early", "late", "received" }.Select(name => $"{name}={reading.Counts[name]}"));

    private static long Sequence(FactCommit commit) => OnTimeBatch(commit).Deltas[^1].Sequence;

    private static long PreviousSequence(FactCommit commit) => OnTimeBatch(commit).PreviousSequence;

    private static DeltaBatch OnTimeBatch(FactCommit commit) => commit.Grains.Single(g => g.Grain.ToString() == OnTime).Batch;
}
