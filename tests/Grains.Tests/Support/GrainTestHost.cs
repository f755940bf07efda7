using KpiActors.Silo.Facts;
using System.Globalization;
using KpiActors.Domain;
using KpiActors.Silo;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Storage;
using KpiActors.Silo.Targets;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// The grains on a real Orleans cluster of in-process silos, each configured as the app's silo over the test's
/// database (migrated before the silos start), with a client that reads grains as a board does. Starting another
/// host over the same database is a restart; <see cref="CrashAsync"/> kills the silos without the graceful shutdown
/// that writes snapshots. A host of several silos clusters through the database, as the app's nodes do (PostgreSQL).
/// </summary>
public sealed class GrainTestHost : IAsyncDisposable
{
    private readonly TestCluster _cluster;
    private readonly string _objectsKey;
    private readonly string _indicatorGrainType;
    private bool _ended;

    private GrainTestHost(TestCluster cluster, string objectsKey, Database database)
    {
        _cluster = cluster;
        _objectsKey = objectsKey;
        Database = database;
        _indicatorGrainType = Grain("00/none").GetGrainId().Type.ToString()!;
    }

    /// <summary>The test's client: reads go through it, as a board's would through its node.</summary>
    public IGrainFactory Grains => _cluster.Client;

    /// <summary>The silos running now, in the order they started.</summary>
    public IReadOnlyList<SiloHandle> Silos => _cluster.Silos;

    /// <summary>The first silo's fact store, as that node's ingest uses it.</summary>
    public SqlFactStore Facts => FactsOn(Silos[0]);

    /// <summary>
    /// The test's own way into the database: a silo's goes with it when it stops, and tests look at snapshots
    /// after a stop.
    /// </summary>
    public Database Database { get; }

    public static async Task<GrainTestHost> StartAsync(
        StorageEngine engine,
        string connectionString,
        HostObjects objects,
        StatusPolicy policy,
        IndicatorGrainOptions grainOptions,
        short silos = 1,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (silos > 1 && engine != StorageEngine.Postgres)
        {
            throw new ArgumentException("Several silos cluster through PostgreSQL, as the app's nodes do.", nameof(silos));
        }

        Database database = engine == StorageEngine.Sqlite ? new SqliteDatabase(connectionString) : new PostgresDatabase(connectionString);
        // The app migrates before its silo starts; a test cluster's silos would start first, and clustering needs its tables.
        await new SchemaMigrator(database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

        var objectsKey = objects.Register();
        var builder = new TestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.UseTestClusterMembership = silos == 1;
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = engine == StorageEngine.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Status:MinimumSample"] = policy.MinimumSample.ToString(CultureInfo.InvariantCulture),
            ["Status:AtRiskMargin"] = policy.AtRiskMargin.ToString("R", CultureInfo.InvariantCulture),
            ["Status:Hysteresis"] = policy.Hysteresis.ToString("R", CultureInfo.InvariantCulture),
            ["Grains:SnapshotEvery"] = grainOptions.SnapshotEvery.ToString(CultureInfo.InvariantCulture),
            ["Grains:SnapshotInterval"] = grainOptions.SnapshotInterval.ToString("c"),
            ["Grains:LogPollInterval"] = grainOptions.LogPollInterval.ToString("c"),
            ["Grains:ProjectionDays"] = grainOptions.ProjectionDays.ToString(CultureInfo.InvariantCulture),
            [HostObjects.ConfigurationKey] = objectsKey,
            [KpiSiloConfigurator.AdoNetClusteringKey] = (silos > 1).ToString(),
            // Deadlines a few seconds away come due by their reminders, retried every second if a tick finds nothing done.
            ["Reminders:MinimumReminderPeriod"] = "00:00:01",
            ["Alerts:RetryEvery"] = "00:00:01",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        foreach (var (name, value) in all)
        {
            builder.Properties[name] = value;
        }

        builder.AddSiloBuilderConfigurator<KpiSiloConfigurator>();
        builder.AddClientBuilderConfigurator<KpiClientConfigurator>();
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            HostObjects.Unregister(objectsKey);
            if (database is IAsyncDisposable owned)
            {
                await owned.DisposeAsync();
            }

            throw;
        }

        return new GrainTestHost(cluster, objectsKey, database);
    }

    public IIndicatorGrain Grain(string key) => Grains.GetGrain<IIndicatorGrain>(key);

    /// <summary>Every alert recorded, newest first.</summary>
    public Task<IReadOnlyList<Alert>> AlertsAsync() => new SqlAlertStore(Database).ListAsync(false, 1000);

    /// <summary>What the alerts' moves told, oldest first: change and kind of each event, with its alert.</summary>
    public async Task<IReadOnlyList<(long Alert, string Change, string Kind)>> AlertEventsAsync()
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT alert_id, change, kind FROM alert_events ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<(long, string, string)>();
        while (await reader.ReadAsync())
        {
            events.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return events;
    }

    /// <summary>Sets a province's own target as an admin does: stored, then told to its grain.</summary>
    public async Task SetTargetAsync(string province, string indicator, Target target)
    {
        await new SqlTargetStore(Database).SetAsync(new ProvinceTarget(province, indicator, target, "test", DateTimeOffset.UtcNow));
        await Grains.Indicator(province, indicator).TargetChangedAsync();
    }

    public Task<IndicatorReading> ReadAsync(string key, string period) => Grain(key).GetReadingAsync(ReportingPeriod.Parse(period));

    /// <summary>That silo's fact store: each node commits through its own, over its own connection pool.</summary>
    public SqlFactStore FactsOn(SiloHandle silo) => ServicesOf(silo).GetRequiredService<SqlFactStore>();

    /// <summary>That silo's grain factory: a node sends the deltas it committed from where it runs.</summary>
    public IGrainFactory GrainsOn(SiloHandle silo) => ServicesOf(silo).GetRequiredService<IGrainFactory>();

    /// <summary>The silo on which the grain is active now, or null when it is active nowhere.</summary>
    public SiloHandle? SiloOf(string key) =>
        _cluster.TryGetGrainContext(Grain(key).GetGrainId(), out var context) && context.Address.SiloAddress is { } address ? _cluster.GetSiloForAddress(address) : null;

    /// <summary>Graceful stop of one silo: its grains write their snapshots and leave; the others take over.</summary>
    public Task StopSiloAsync(SiloHandle silo) => _cluster.StopSiloAsync(silo);

    /// <summary>One silo dies: nothing more it would write reaches the database, and the others are not told.</summary>
    public Task KillSiloAsync(SiloHandle silo)
    {
        ServicesOf(silo).GetRequiredService<CrashSwitch>().Crash();
        return _cluster.KillSiloAsync(silo);
    }

    /// <summary>The watermark of the snapshot stored for a grain, or null when it has none.</summary>
    public async Task<long?> SnapshotWatermarkAsync(string key)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = @type AND grain_key = @key";
        command.AddParameter("type", _indicatorGrainType);
        command.AddParameter("key", key);
        return await command.ExecuteScalarAsync() is string payload
            ? System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("watermark").GetInt64()
            : null;
    }

    /// <summary>
    /// Deletes a grain's log up to a sequence, as compaction may once its snapshot covers it: from then on
    /// only the snapshot knows those deltas, so a grain that ignored its snapshot would lose them.
    /// </summary>
    public async Task CompactLogAsync(string key, long throughSequence)
    {
        var grain = IndicatorKey.Parse(key);
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM delta_log WHERE province = @province AND indicator = @indicator AND sequence <= @through";
        command.AddParameter("province", grain.Province);
        command.AddParameter("indicator", grain.Indicator);
        command.AddParameter("through", throughSequence);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Graceful stop: every silo drains and every grain with unsaved deltas writes its snapshot.</summary>
    public async Task StopAsync()
    {
        if (!_ended)
        {
            _ended = true;
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>Every silo dies at once: nothing is written that was not written already.</summary>
    public async Task CrashAsync()
    {
        if (!_ended)
        {
            _ended = true;
            foreach (var silo in Silos.ToList())
            {
                await KillSiloAsync(silo);
            }

            await _cluster.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        HostObjects.Unregister(_objectsKey);
        if (Database is IAsyncDisposable owned)
        {
            await owned.DisposeAsync();
        }
    }

    private IServiceProvider ServicesOf(SiloHandle silo) => ((InProcessSiloHandle)silo).ServiceProvider;
}
