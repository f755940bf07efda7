using System.Diagnostics;
using System.Net.Http.Headers;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests;

/// <summary>
/// The real app as its own OS process (the built KpiActors.Api.dll, copied next to the tests by the project
/// reference), so that it can be killed like a crashed server: SIGKILL, no shutdown hooks, no flushing.
/// It listens on a port of its own choosing on 127.0.0.1; its output is kept for the test's log.
/// </summary>
public sealed class CrashAppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly Process _process;
    private readonly string _workingDirectory;

    private CrashAppProcess(Process process, string workingDirectory, Uri baseAddress)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app over <paramref name="connectionString"/> and returns once /health/ready answers.</summary>
    /// <param name="log">Receives every line the process writes, prefixed with <paramref name="name"/>.</param>
    /// <param name="leaveToAppsettings">Test defaults not to pass, so that the app's own appsettings.json decides them.</param>
    public static async Task<CrashAppProcess> StartAsync(
        string name, StorageEngine engine, string connectionString, IReadOnlyDictionary<string, string> settings, ProcessLog log,
        IReadOnlyCollection<string>? leaveToAppsettings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "KpiActors.Api.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference src/Api so that the app is built next to the tests.");

        // An empty working directory, so no data/kpi.db of a developer's run can leak in. The app reads the
        // appsettings.json in its own folder; the test's settings, given on the command line, win over it.
        var workingDirectory = Directory.CreateTempSubdirectory("kpi-crash-app-").FullName;
        var all = new Dictionary<string, string>
        {
            // Port 0: the kernel picks a free port, which the app reports; no race with other processes for a guessed one.
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:Provider"] = engine == StorageEngine.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Auth:BootstrapAdminKey"] = AppDefaults.AdminKey,
            ["Auth:AnonymousRead"] = "false",
            ["RateLimits:WritesPerSecond"] = "100000",
            ["RateLimits:ReadsPerSecond"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        foreach (var (key, value) in FreePorts.SiloSettings())
        {
            all[key] = value;
        }

        foreach (var key in leaveToAppsettings ?? [])
        {
            all.Remove(key);
        }

        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var process = new Process { StartInfo = AppCommandLine.For(dll, workingDirectory, all) };
        var listening = log.StartAsync(process, name);
        Uri address;
        try
        {
            address = await listening.WaitAsync(StartTimeout);
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
            Directory.Delete(workingDirectory, recursive: true);
            throw;
        }

        var app = new CrashAppProcess(process, workingDirectory, address);
        try
        {
            await app.WaitUntilReadyAsync();
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AppDefaults.AdminKey);
        return client;
    }

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-commit, as in a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process.HasExited, "The app exited while starting; see its output in the test log.");
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < StartTimeout)
            {
            }

            Assert.True(deadline.Elapsed < StartTimeout, $"/health/ready did not answer 200 within {StartTimeout.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }
}
