using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Storage;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

/// <summary>
/// A started host with the real storage over a SQLite file and the silo serving the test grains, the
/// way the application wires them. Disposing stops it (gracefully) if the test did not.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    /// <summary>Short enough for idle-collection tests to finish in a fraction of a second.</summary>
    public static readonly TimeSpan CollectionQuantum = TimeSpan.FromMilliseconds(50);

    private readonly IHost _host;
    private Task? _stopping;

    private TestSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Runtime = host.Services.GetRequiredService<SiloRuntime>();
        Storage = host.Services.GetRequiredService<IGrainStorage>();
        Probe = host.Services.GetRequiredService<GrainLifecycleProbe>();
        Ticks = host.Services.GetRequiredService<TickLog>();
        FaultInjection = host.Services.GetRequiredService<FaultInjectingStorage>();
        Gate = host.Services.GetRequiredService<TurnGate>();
    }

    public IGrainFactory Grains { get; }

    public SiloRuntime Runtime { get; }

    /// <summary>The storage the grains use; writing here is writing behind the grains' backs.</summary>
    public IGrainStorage Storage { get; }

    public FaultInjectingStorage FaultInjection { get; }

    public GrainLifecycleProbe Probe { get; }

    public TickLog Ticks { get; }

    public TurnGate Gate { get; }

    public static async Task<TestSilo> StartAsync(TempDatabase database, ITestOutputHelper? output = null, Action<SiloOptions>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["ConnectionStrings:Kpi"] = database.ConnectionString,
        });
        builder.Services.AddLogging(logging =>
        {
            if (output is not null)
            {
                logging.AddProvider(new TestOutputLoggerProvider(output));
            }
        });
        builder.Services.AddKpiStorage(builder.Configuration);

        // Registered after AddKpiStorage, so it is the IGrainStorage the silo resolves.
        builder.Services.AddSingleton(services => new FaultInjectingStorage(new SqlGrainStorage(services.GetRequiredService<Database>())));
        builder.Services.AddSingleton<IGrainStorage>(services => services.GetRequiredService<FaultInjectingStorage>());

        builder.Services.AddSingleton<GrainLifecycleProbe>();
        builder.Services.AddSingleton<TickLog>();
        builder.Services.AddSingleton<TurnGate>();
        builder.Services.AddSilo(
            options =>
            {
                options.CollectionQuantum = CollectionQuantum;
                options.ShutdownTimeout = TimeSpan.FromSeconds(10);
                configure?.Invoke(options);
            },
            typeof(CounterGrain).Assembly);

        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }

    /// <summary>Stops the host once; later calls return the same stop.</summary>
    public Task StopAsync() => _stopping ??= _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        // A test that failed while holding a grain at the gate must not leave the stop waiting for it.
        Gate.Open();
        await StopAsync();
        _host.Dispose();
    }
}
