using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace KpiActors.TestSupport;

/// <summary>
/// The app as an OS process of its own, for what an app in the test's own process would hide: a crash (SIGKILL: no
/// shutdown hooks, no flushing, no goodbye to the cluster), a stop by a service manager (SIGTERM), a node cut off (SIGSTOP),
/// a node of a cluster, the settings a process reads from its own folder, a cold start and the process's own memory and CPU.
/// Every setting goes on its command line (where it wins over the appsettings.json in the app's folder), with none of
/// the caller's variables that would choose another environment or address, and in an empty working directory, so that
/// nothing of a developer's run (data/kpi.db) leaks in. It can be started again after a kill or a stop, with the same
/// settings: the same silo ports, so that Orleans takes it for a new generation of the same silo.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(50);

    private readonly string _dll;
    private readonly Dictionary<string, string?> _settings;
    private readonly ProcessLog _log;
    private readonly Stopwatch _sinceStart = new();
    private readonly List<string> _output = [];
    private Process? _process;
    private string? _workingDirectory;
    private Uri? _baseAddress;
    private int _starts;

    /// <param name="name">How the process's lines are marked in <paramref name="log"/> ("A", then "A#2" once started again).</param>
    /// <param name="settings">Its configuration; a null value leaves that setting to the app's appsettings.json.</param>
    /// <param name="log">Where its output goes, with the other processes of the test; a log of its own when null.</param>
    /// <param name="dll">The app to run: the built app next to the caller when null.</param>
    public AppProcess(string name, IReadOnlyDictionary<string, string?> settings, ProcessLog? log = null, string? dll = null)
    {
        Name = name;
        _settings = new Dictionary<string, string?>(settings);
        _log = log ?? new ProcessLog();
        _dll = dll ?? Path.Combine(AppContext.BaseDirectory, "KpiActors.Api.dll");
    }

    public string Name { get; }

    /// <summary>Where it listened when it was last started.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException($"{Name} has not listened yet.");

    /// <summary>The silo's port, which with 127.0.0.1 and its generation is its address in the cluster.</summary>
    public int SiloPort => int.Parse(_settings["Orleans:SiloPort"]!);

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>From the last start (the fork) until Kestrel listened: runtime start, host build, schema check, hosted services.</summary>
    public TimeSpan ListeningAfter { get; private set; }

    /// <summary>The time since the last start (the fork).</summary>
    public TimeSpan SinceStart => _sinceStart.Elapsed;

    /// <summary>What the process wrote since its last start, standard output and error, in order.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>
    /// Warnings and errors only, one line an entry (Orleans' stack traces included), and the line that says where it
    /// listens ("Now listening on:"), which the start waits for.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> TerseLog { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    /// <summary>The app's settings as the tests and the benchmark start it (<see cref="AppDefaults"/>), with a <see cref="TerseLog"/>.</summary>
    public static Dictionary<string, string?> Settings(StorageEngine engine, string connectionString)
    {
        var settings = AppDefaults.For(engine, connectionString);
        foreach (var (key, value) in TerseLog)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Starts the built app over <paramref name="connectionString"/> and returns it once /health/ready answers 200.</summary>
    /// <param name="settings">Settings on top of <see cref="Settings"/>; a null value leaves that one to the app's appsettings.json.</param>
    public static async Task<AppProcess> StartAsync(
        string name, StorageEngine engine, string connectionString, IReadOnlyDictionary<string, string?>? settings = null, ProcessLog? log = null)
    {
        var all = Settings(engine, connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new AppProcess(name, all, log);
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts the process (again, after a kill or a stop) and returns once it listens and, unless <paramref name="untilReady"/>
    /// is false, once /health/ready answers 200. Fails if the process ends first or <paramref name="timeout"/> (90 s) passes.
    /// </summary>
    public async Task StartAsync(bool untilReady = true, TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        if (!File.Exists(_dll))
        {
            throw new FileNotFoundException(
                $"{_dll} is missing: a test project that runs the app references src/Api, which builds it next to the tests; the benchmark publishes it first (bench/run.sh).");
        }

        DisposeProcess();
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        _workingDirectory = ProcessTempFolder.Create("kpi-app-");
        var source = ++_starts == 1 ? Name : $"{Name}#{_starts}";
        var process = new Process { StartInfo = CommandLine(_workingDirectory), EnableRaisingEvents = true };
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            _output.Clear();
        }

        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            Keep(source, line.Data);
            if (!listening.Task.IsCompleted && ListeningLine().Match(line.Data) is { Success: true } match)
            {
                ListeningAfter = _sinceStart.Elapsed;
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Keep(source, line.Data);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"{source} exited before it listened. {LastLines()}"));
        _process = process;
        _sinceStart.Restart();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _log.Add(source, $"started, process {process.Id}");

        _baseAddress = await listening.Task.WaitAsync(limit);
        if (untilReady)
        {
            await UntilReadyAsync(limit);
        }
    }

    /// <summary>An HTTP client for this app, sending <paramref name="apiKey"/> as a bearer token when given.</summary>
    public HttpClient Client(string? apiKey = AppDefaults.AdminKey, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-commit, as in a power cut of the process.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            _process!.Kill(entireProcessTree: false);
            _process.WaitForExit();
            _log.Add(Name, "killed");
        }
    }

    /// <summary>SIGTERM, as a service manager stops the app: it drains, leaves the cluster, writes its snapshots and exits; returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        Signal(SigTerm, "stopping");
        return await ExitAsync(timeout);
    }

    /// <summary>Completes when the process has ended and all it wrote is read, with its exit code; fails after <paramref name="timeout"/>.</summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} was never started.");
        await process.WaitForExitAsync().WaitAsync(timeout);
        _log.Add(Name, $"exited, exit code {process.ExitCode}");
        return process.ExitCode;
    }

    /// <summary>SIGSTOP: the process stays, silent, as a node cut off by the network looks to the others.</summary>
    public void Freeze() => Signal(SigStop, "frozen");

    /// <summary>SIGCONT: the frozen process carries on where it was, unaware of the time that passed.</summary>
    public void Thaw() => Signal(SigCont, "thawed");

    /// <summary>Resident memory (VmRSS) of the process, in bytes.</summary>
    public long WorkingSetBytes() =>
        long.Parse(File.ReadLines($"/proc/{_process!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    /// <summary>CPU time the process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process!.Refresh();
        return _process.TotalProcessorTime;
    }

    public void Dispose()
    {
        Kill();
        DisposeProcess();
    }

    private ProcessStartInfo CommandLine(string workingDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_dll);
        foreach (var (key, value) in _settings.Where(s => s.Value is not null))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    /// <summary>The dotnet host that runs the caller (the CLI says which in DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private void Keep(string source, string line)
    {
        lock (_output)
        {
            _output.Add(line);
        }

        _log.Add(source, line);
    }

    /// <summary>Its last lines, for a failure that should say why without the test's log (the benchmark keeps none).</summary>
    private string LastLines()
    {
        lock (_output)
        {
            return $"Its last lines:\n{string.Join('\n', _output.TakeLast(20))}";
        }
    }

    private async Task UntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (!IsRunning)
            {
                throw new InvalidOperationException($"{Name} exited while starting. {LastLines()}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet, or not in time: asked again until the deadline.
            }

            if (_sinceStart.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name}: /health/ready did not answer 200 within {timeout.TotalSeconds:0} s of its start.");
            }

            await Task.Delay(ReadyPollInterval);
        }
    }

    private void Signal(int signal, string what)
    {
        if (!IsRunning)
        {
            throw new InvalidOperationException($"{Name} is not running.");
        }

        if (kill(_process!.Id, signal) != 0)
        {
            throw new InvalidOperationException($"Signal {signal} to {Name} failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _log.Add(Name, what);
    }

    private void DisposeProcess()
    {
        _process?.Dispose();
        _process = null;
        if (_workingDirectory is not null && Directory.Exists(_workingDirectory))
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }

        _workingDirectory = null;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    private const int SigTerm = 15;
    private const int SigCont = 18;
    private const int SigStop = 19;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
