using System.Globalization;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>
/// The app as the benchmark runs it as a process of its own: as deployed, published by bench/run.sh into app/ beside the
/// benchmark (or bench/OrleansFloor, into floor/), for what an in-process host would hide: a cold start (runtime, JIT,
/// schema check) and the process's own memory and CPU.
/// </summary>
public static class BenchApp
{
    // A cold start of a published app on a loaded machine, a restart that replays millions of deltas: generous.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Starts the published app over <paramref name="connectionString"/>; returns once it listens, not once it is ready, which the benchmark times itself.</summary>
    /// <param name="overrides">Settings on top of the benchmark's (a node's fixed silo ports, so that a restart is the same silo).</param>
    public static async Task<AppProcess> StartAsync(StorageEngine engine, string connectionString, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = AppProcess.Settings(engine, connectionString);
        // No timer snapshots while it is measured: only a graceful stop writes them, when the benchmark wants it.
        settings["Grains:SnapshotInterval"] = "01:00:00";
        settings["Logging:LogLevel:Orleans.Runtime.Watchdog"] = "Error";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return await StartAsync("app", settings, Path.Combine(AppContext.BaseDirectory, "app", "KpiActors.Api.dll"));
    }

    /// <summary>Starts bench/OrleansFloor, an ASP.NET Core app co-hosting a silo and nothing else; returns once it listens.</summary>
    public static Task<AppProcess> StartOrleansFloorAsync()
    {
        var settings = new Dictionary<string, string?>(AppProcess.TerseLog) { ["Urls"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in FreePorts.SiloSettings())
        {
            settings[key] = value;
        }

        return StartAsync("floor", settings, Path.Combine(AppContext.BaseDirectory, "floor", "KpiActors.Benchmarks.OrleansFloor.dll"));
    }

    /// <summary>Activations of a grain type on this node (Orleans' type name, "indicator"), from Orleans' own gauge in /metrics.</summary>
    public static async Task<int> ActivationsAsync(this AppProcess app, string grainType)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var metrics = await client.GetStringAsync("/metrics");
        return metrics.Split('\n')
            .Where(line => line.StartsWith("orleans_catalog_activations{", StringComparison.Ordinal) && line.Contains($"grain_type=\"{grainType}\"", StringComparison.Ordinal))
            .Sum(line => (int)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>The first line the app logged that names an exception, if any: why a request failed.</summary>
    public static string? FirstError(this AppProcess app) =>
        app.Output.FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal))?.Trim();

    private static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, string dll)
    {
        var app = new AppProcess(name, settings, dll: dll);
        try
        {
            await app.StartAsync(untilReady: false, StartTimeout);
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }
}
