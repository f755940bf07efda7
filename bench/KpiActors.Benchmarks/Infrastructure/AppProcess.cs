using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>
/// The app as an OS process of its own (as deployed: published by bench/run.sh into app/ beside the benchmark; or bench/OrleansFloor, into floor/), for what an
/// in-process host would hide: a cold start (runtime, JIT, schema check) and the process's own memory and CPU.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _workingDirectory;

    private readonly List<string> _output;

    private AppProcess(Process process, string workingDirectory, Uri baseAddress, TimeSpan listeningAfter, List<string> output)
    {
        _process = process;
        _output = output;
        _workingDirectory = workingDirectory;
        BaseAddress = baseAddress;
        ListeningAfter = listeningAfter;
    }

    public Uri BaseAddress { get; }

    /// <summary>From the process start until Kestrel listened: runtime start, host build, schema check, hosted services.</summary>
    public TimeSpan ListeningAfter { get; }

    /// <summary>Starts the app over <paramref name="connectionString"/>; returns once it listens. <paramref name="started"/> is set at the fork.</summary>
    /// <param name="overrides">Settings on top of the benchmark's (a cluster id, a push interval).</param>
    public static Task<AppProcess> StartAsync(
        StorageEngine engine, string connectionString, Stopwatch started, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = engine == StorageEngine.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Auth:BootstrapAdminKey"] = KpiApp.AdminKey,
            ["Auth:AnonymousRead"] = "false",
            // The benchmark's senders are one client far above any office's rate, as in the in-process app.
            ["RateLimits:WritesPerSecond"] = "100000",
            ["RateLimits:ReadsPerSecond"] = "100000",
            // No timer snapshots while it is measured: only a graceful stop writes them, when the benchmark wants it.
            ["Grains:SnapshotInterval"] = "01:00:00",
            // Issuing the closed periods' reports is measured nowhere; its burst a minute after start (some 280 documents
            // on a fresh database) would land in whichever figure happens to run then.
            ["Reports:IssueClosedPeriods"] = "false",
            ["Logging:LogLevel:Orleans.Runtime.Watchdog"] = "Error",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return StartAsync("app/KpiActors.Api.dll", settings, started);
    }

    /// <summary>Starts bench/OrleansFloor, an ASP.NET Core app co-hosting a silo and nothing else; returns once it listens.</summary>
    public static Task<AppProcess> StartOrleansFloorAsync(Stopwatch started) =>
        StartAsync("floor/KpiActors.Benchmarks.OrleansFloor.dll", new Dictionary<string, string>(), started);

    private static async Task<AppProcess> StartAsync(string published, Dictionary<string, string> appSettings, Stopwatch started)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, published);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: bench/run.sh publishes it there before it runs the benchmark.");
        }

        // An empty working directory is the content root: no developer's appsettings or data/ can leak in.
        var workingDirectory = Directory.CreateTempSubdirectory("kpi-bench-app-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in FreePorts.SiloSettings().Concat(appSettings))
        {
            settings[key] = value;
        }

        var start = AppCommandLine.For(dll, workingDirectory, settings);

        var listening = new TaskCompletionSource<(Uri, TimeSpan)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line.Data);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult((new Uri(match.Groups[1].Value), started.Elapsed));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.Add(line.Data);
                }
            }
        };
        process.Exited += (_, _) =>
        {
            lock (output)
            {
                listening.TrySetException(new InvalidOperationException($"The app exited before it listened:\n{string.Join('\n', output)}"));
            }
        };
        started.Restart();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var (address, after) = await listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return new AppProcess(process, workingDirectory, address, after, output);
    }

    /// <summary>Activations of a grain type on this node (Orleans' type name, "indicator"), from Orleans' own gauge in /metrics.</summary>
    public async Task<int> ActivationsAsync(string grainType)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var metrics = await client.GetStringAsync("/metrics");
        return metrics.Split('\n')
            .Where(line => line.StartsWith("orleans_catalog_activations{", StringComparison.Ordinal) && line.Contains($"grain_type=\"{grainType}\"", StringComparison.Ordinal))
            .Sum(line => (int)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>The first line the app logged that names an exception, if any: why a request failed.</summary>
    public string? FirstError()
    {
        lock (_output)
        {
            return _output.FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal))?.Trim();
        }
    }

    /// <summary>Resident memory (VmRSS) of the app process, in bytes.</summary>
    public long WorkingSetBytes() =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    /// <summary>CPU time the app process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>SIGTERM: the host drains and every grain writes its snapshot, as on a planned restart.</summary>
    public async Task StopGracefullyAsync()
    {
        _ = kill(_process.Id, 15);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>SIGKILL: nothing is flushed, the state on disk stays exactly as it was.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
