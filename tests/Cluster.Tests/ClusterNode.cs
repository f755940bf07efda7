using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using KpiActors.TestSupport;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// One node of the cluster: the built app (KpiActors.Api.dll, copied next to the tests by the project reference) as an
/// OS process of its own on PostgreSQL, so that it can die as a server dies (SIGKILL: no shutdown hooks, no goodbye to
/// the cluster) or stop as an operator stops it (SIGTERM). Its HTTP, silo and gateway ports are fixed when the node is
/// made, so a restart comes back at the same address; Orleans gives the restarted silo a new generation.
/// </summary>
public sealed class ClusterNode : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string> _settings;
    private readonly ProcessLog _log;
    private Process? _process;
    private string? _workingDirectory;
    private int _starts;

    public ClusterNode(string name, string connectionString, ProcessLog log, IReadOnlyDictionary<string, string>? settings = null)
    {
        Name = name;
        _log = log;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        SiloPort = FreePorts.Next();
        _settings = new Dictionary<string, string>
        {
            ["Urls"] = BaseAddress.ToString().TrimEnd('/'),
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Orleans:SiloPort"] = SiloPort.ToString(),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(),
            ["Auth:BootstrapAdminKey"] = AppDefaults.AdminKey,
            ["Auth:AnonymousRead"] = "false",
            ["RateLimits:WritesPerSecond"] = "100000",
            ["RateLimits:ReadsPerSecond"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The silo's port, which with 127.0.0.1 and its generation is its address in the cluster.</summary>
    public int SiloPort { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the node (again, after a kill or a stop) and returns once it listens and /health/ready answers 200.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        DisposeProcess();
        var dll = Path.Combine(AppContext.BaseDirectory, "KpiActors.Api.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference src/Api so that the app is built next to the tests.");

        // An empty working directory, so that nothing of a developer's run (data/kpi.db) leaks in; the app reads the
        // appsettings.json in its own folder, and the settings given on the command line win over it.
        _workingDirectory = Directory.CreateTempSubdirectory("kpi-cluster-node-").FullName;
        var start = AppCommandLine.For(dll, _workingDirectory, _settings);

        var source = ++_starts == 1 ? Name : $"{Name}#{_starts}";
        var process = new Process { StartInfo = start };
        var listening = _log.StartAsync(process, source);
        _process = process;

        await listening.WaitAsync(StartTimeout);
        await WaitUntilReadyAsync(StartTimeout);
    }

    /// <summary>Polls /health/ready until it answers 200, failing if the process ends or the deadline passes.</summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.True(IsRunning, $"{Name} exited while starting; see its output in the test log.");
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && deadline.Elapsed < timeout)
            {
            }

            Assert.True(deadline.Elapsed < timeout, $"{Name}: /health/ready did not answer 200 within {timeout.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>An HTTP client for this node, sending <paramref name="apiKey"/> as a bearer token when given.</summary>
    public HttpClient Client(string? apiKey = AppDefaults.AdminKey, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-commit, without telling the cluster.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            _process!.Kill(entireProcessTree: false);
            _process.WaitForExit();
            _log.Add(Name, "killed");
        }
    }

    /// <summary>SIGTERM, as a service manager stops the app: it drains, leaves the cluster and exits; returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        Signal(SigTerm, "stopping");
        await _process!.WaitForExitAsync().WaitAsync(timeout);
        _log.Add(Name, $"stopped, exit code {_process.ExitCode}");
        return _process.ExitCode;
    }

    /// <summary>SIGSTOP: the process stays, silent, as a node cut off by the network looks to the others.</summary>
    public void Freeze() => Signal(SigStop, "frozen");

    /// <summary>SIGCONT: the frozen process carries on where it was, unaware of the time that passed.</summary>
    public void Thaw() => Signal(SigCont, "thawed");

    public void Dispose()
    {
        Kill();
        DisposeProcess();
    }

    private void Signal(int signal, string what)
    {
        Assert.True(IsRunning, $"{Name} is not running.");
        Assert.Equal(0, kill(_process!.Id, signal));
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


    private const int SigTerm = 15;
    private const int SigCont = 18;
    private const int SigStop = 19;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
