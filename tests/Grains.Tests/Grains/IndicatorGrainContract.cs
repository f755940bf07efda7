using KpiActors.Silo.Facts;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>
/// What the indicator grains must do on an Orleans cluster over real storage, written once for every engine: each
/// engine's class only says how to get an empty database. Every test gets a database and a cluster of its own: the
/// clock moves and the figures are exact, so no two tests can share either. The tests are split by concept over the
/// partial files of this class.
/// </summary>
public abstract partial class IndicatorGrainContract : IAsyncLifetime
{
    /// <summary>Hải Phòng: any current unit would do.</summary>
    protected const string Province = "31";

    private readonly List<GrainTestHost> _hosts = [];
    private string _connectionString = null!;

    protected abstract StorageEngine Engine { get; }

    /// <summary>Mid-month, so that the live period has days on both sides.</summary>
    protected ManualClock Clock { get; } = new(Vn.At(2026, 11, 20));

    /// <summary>The default policy but for the sample, so that a handful of dossiers is judged.</summary>
    protected StatusPolicy Policy { get; } = new() { MinimumSample = 4 };

    protected abstract Task<string> CreateDatabaseAsync();

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>
    /// A host over this test's database; a second one after the first stopped or crashed is a restart.
    /// By default no snapshot is written while the test runs (a count and an interval it never reaches), and no
    /// grain polls the log: a grain that catches up here does so because it was sent a gap or activated.
    /// </summary>
    protected async Task<GrainTestHost> StartHostAsync(int snapshotEvery = int.MaxValue)
    {
        var host = await GrainTestHost.StartAsync(Engine, _connectionString, new HostObjects(Clock), Policy, new IndicatorGrainOptions
        {
            SnapshotEvery = snapshotEvery,
            SnapshotInterval = TimeSpan.FromHours(1),
            LogPollInterval = TimeSpan.FromHours(1),
        });
        _hosts.Add(host);
        return host;
    }

    protected static string Key(string indicator, string province = Province) => new IndicatorKey(province, indicator).ToString();

    /// <summary>The sequence of the first or the last delta a commit gave one of this province's grains.</summary>
    protected static long Sequence(FactCommit commit, string indicator, bool last = true)
    {
        var deltas = commit.Grains.Single(g => g.Grain == new IndicatorKey(Province, indicator)).Batch.Deltas;
        return (last ? deltas[^1] : deltas[0]).Sequence;
    }
}
