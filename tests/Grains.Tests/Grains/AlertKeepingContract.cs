using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using KpiActors.TestSupport;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>
/// The alert kept by the grain that owns the figure, on real time: its deadlines come due by Orleans reminders, with no
/// fact and no call in between, and on a survivor when the silo that held the grain dies. Seconds stand for the
/// half-hours of production.
/// </summary>
public abstract class AlertKeepingContract : IAsyncLifetime
{
    private const string Province = "31";
    private static readonly string OnTime = new IndicatorKey(Province, Indicators.OnTimeId).ToString();
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly List<GrainTestHost> _hosts = [];
    private string _connectionString = null!;

    protected abstract StorageEngine Engine { get; }

    protected abstract Task<string> CreateDatabaseAsync();

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>A host over this test's database; a second one after the first stopped is a restart.</summary>
    protected async Task<GrainTestHost> StartHostAsync(IReadOnlyDictionary<string, string?> alerts, short silos = 1)
    {
        var host = await GrainTestHost.StartAsync(Engine, _connectionString, new HostObjects(TimeProvider.System),
            new StatusPolicy { MinimumSample = 4 },
            new IndicatorGrainOptions { SnapshotInterval = TimeSpan.FromHours(1), LogPollInterval = TimeSpan.FromHours(1) },
            silos, alerts);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Ten dossiers sent online and resolved this month, <paramref name="late"/> of them late: only the on-time rate can be behind.</summary>
    protected static IFact[] Resolved(string prefix, int late) => Enumerable.Range(0, 10).Select(i => (IFact)Dossiers
        .Received(Province, $"{prefix}-{i}", LiveMonth.At(0.2), i < late ? LiveMonth.At(0.3) : LiveMonth.Start.AddDays(40), Channel.Online)
        .ResolvedAt(LiveMonth.At(0.5))).ToArray();

    [Fact]
    public async Task A_pending_alert_fires_when_its_reminder_comes_due_with_no_fact_in_between()
    {
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Alerts:PendingFor"] = "00:00:02" });
        await new Feed(host).StoreAndDeliverAsync(Resolved("a", late: 5));
        var pending = Assert.Single(await host.AlertsAsync());
        Assert.Equal(AlertState.Pending, pending.State);

        var fired = await Poll.UntilAsync(host.AlertsAsync, a => a.Single().State == AlertState.Firing, Deadline, "the alert to fire");

        Assert.Equal(pending.Id, fired.Single().Id);
        Assert.InRange(fired.Single().FiredAt!.Value - pending.BehindSince, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        Assert.Equal([(pending.Id, "firing", "behind")], await host.AlertEventsAsync());
    }

    [Fact]
    public async Task A_feed_that_goes_silent_fires_no_data_by_its_reminder_and_its_next_fact_resolves_it()
    {
        // Silent for three seconds is silent too long; the on-time rate is met, so the only alert is the silence.
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Alerts:NoDataFor"] = "00:00:03" });
        var feed = new Feed(host);
        await feed.StoreAndDeliverAsync(Resolved("a", late: 0));
        Assert.Empty(await host.AlertsAsync());

        var silent = (await Poll.UntilAsync(host.AlertsAsync, a => a.Count(x => x.Indicator == Indicators.OnTimeId) == 1, Deadline, "the silence to fire"))
            .Single(a => a.Indicator == Indicators.OnTimeId);
        Assert.Equal(AlertState.NoData, silent.State);
        Assert.NotNull(silent.LastFactAt);

        await feed.StoreAndDeliverAsync(Resolved("b", late: 0));
        var resolved = (await host.AlertsAsync()).Single(a => a.Id == silent.Id);

        Assert.Equal((AlertState.Resolved, silent.LastFactAt), (resolved.State, resolved.LastFactAt));
        Assert.Equal([("firing", "no-data"), ("resolved", "no-data")],
            (await host.AlertEventsAsync()).Where(e => e.Alert == silent.Id).Select(e => (e.Change, e.Kind)));
    }

    [Fact]
    public async Task A_grain_woken_again_finds_its_alert_and_moves_it_no_further_than_once()
    {
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Alerts:PendingFor"] = "00:00:00" });
        await new Feed(host).StoreAndDeliverAsync(Resolved("a", late: 5));
        var firing = Assert.Single(await host.AlertsAsync());
        await host.StopAsync();

        var again = await StartHostAsync(new Dictionary<string, string?> { ["Alerts:PendingFor"] = "00:00:00" });
        await again.ReadAsync(OnTime, LiveMonth.Period);

        Assert.Equal((firing.Id, AlertState.Firing), (Assert.Single(await again.AlertsAsync()).Id, firing.State));
        Assert.Single(await again.AlertEventsAsync());
    }
}

public sealed class AlertKeepingOnSqlite : AlertKeepingContract
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(SqliteFile.CreateConnectionString());
}

public sealed class AlertKeepingOnPostgres : AlertKeepingContract
{
    protected override StorageEngine Engine => StorageEngine.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresServer.CreateDatabaseAsync();

    [Fact]
    public async Task A_silo_that_dies_with_an_alert_pending_leaves_it_to_fire_once_on_the_survivor()
    {
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Alerts:PendingFor"] = "00:00:05" }, silos: 2);
        await new Feed(host, host.Silos[0]).StoreAndDeliverAsync(Resolved("a", late: 5));
        var pending = Assert.Single(await host.AlertsAsync());
        var holder = host.SiloOf(new IndicatorKey("31", Indicators.OnTimeId).ToString())!;

        await host.KillSiloAsync(holder);

        var fired = await Poll.UntilAsync(host.AlertsAsync, a => a.Single().State == AlertState.Firing, TimeSpan.FromSeconds(90), "the alert to fire on the survivor");
        Assert.Equal(pending.Id, fired.Single().Id);
        Assert.Equal([(pending.Id, "firing", "behind")], await host.AlertEventsAsync());
        Assert.NotEqual(holder.SiloAddress, host.SiloOf(new IndicatorKey("31", Indicators.OnTimeId).ToString())?.SiloAddress);
    }
}
