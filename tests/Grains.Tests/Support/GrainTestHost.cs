using KpiActors.Actors;
using KpiActors.Domain;
using KpiActors.Silo;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// The grains with everything they need and nothing else: real storage (migrated at start), the real actor
/// runtime, the fact store and the delta log, a hand-moved clock. Starting another over the same database
/// is a restart; <see cref="Crash"/> drops this one without the graceful shutdown that writes snapshots.
/// </summary>
public sealed class GrainTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _ended;

    private GrainTestHost(IHost host, Database database)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Facts = host.Services.GetRequiredService<SqlFactStore>();
        Database = database;
    }

    public IGrainFactory Grains { get; }

    public SqlFactStore Facts { get; }

    /// <summary>
    /// The test's own way into the database: the host disposes its own when it stops, and tests look at
    /// snapshots after a stop.
    /// </summary>
    public Database Database { get; }

    public static async Task<GrainTestHost> StartAsync(
        StorageEngine engine,
        string connectionString,
        TimeProvider clock,
        ITargetPlans targets,
        StatusPolicy policy,
        IndicatorGrainOptions grainOptions)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = engine == StorageEngine.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
        });
        var services = builder.Services;
        services.AddLogging();
        services.AddKpiStorage(builder.Configuration);
        services.AddSilo(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10), typeof(IndicatorGrain).Assembly);
        services.AddSingleton(clock);
        services.AddSingleton<SqlFactStore>();
        services.AddSingleton<IDeltaLog, SqlDeltaLog>();
        services.AddSingleton(targets);
        services.AddSingleton(policy);
        services.AddSingleton(Options.Create(grainOptions));

        var host = builder.Build();
        await host.StartAsync();
        Database database = engine == StorageEngine.Sqlite ? new SqliteDatabase(connectionString) : new PostgresDatabase(connectionString);
        return new GrainTestHost(host, database);
    }

    public IIndicatorGrain Grain(string key) => Grains.GetGrain<IIndicatorGrain>(key);

    public Task<IndicatorReading> ReadAsync(string key, string period) => Grain(key).GetReadingAsync(ReportingPeriod.Parse(period));

    /// <summary>The watermark of the snapshot stored for a grain, or null when it has none.</summary>
    public async Task<long?> SnapshotWatermarkAsync(string key)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = @type AND grain_key = @key";
        command.AddParameter("type", nameof(IndicatorGrain));
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

    /// <summary>Graceful stop: mailboxes drain and every grain with unsaved deltas writes its snapshot.</summary>
    public async Task StopAsync()
    {
        if (!_ended)
        {
            _ended = true;
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    /// <summary>
    /// The process dies: no shutdown runs, so nothing is written that was not written already. The
    /// orphaned activations get no more calls, as if their memory were gone.
    /// </summary>
    public void Crash()
    {
        if (!_ended)
        {
            _ended = true;
            _host.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Database is IAsyncDisposable owned)
        {
            await owned.DisposeAsync();
        }
    }
}
