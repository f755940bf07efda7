using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Npgsql;

namespace KpiActors.TestSupport;

/// <summary>
/// A private PostgreSQL server run from the machine's binaries: its own data folder, port on 127.0.0.1 and socket
/// folder, so that tests and benchmarks never touch (or depend on) a server someone else runs. The tests share one
/// throwaway server per test process, every test with a database of its own on it; the benchmark starts a durable one.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Nothing waits for the disk: a test's data is not worth keeping, and waiting would only slow every test down.</summary>
    public static readonly IReadOnlyList<string> Throwaway =
        ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "shared_buffers=16MB", "max_connections=300"];

    /// <summary>
    /// Production-like settings for a small machine, durability at its defaults (on): without them "acknowledged only
    /// once durable" would mean nothing, and every PostgreSQL figure of the benchmark would be flattered.
    /// </summary>
    public static readonly IReadOnlyList<string> Durable =
        ["fsync=on", "synchronous_commit=on", "full_page_writes=on", "shared_buffers=256MB", "max_wal_size=4GB", "max_connections=500"];

    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(async () =>
    {
        var server = await StartAsync(Throwaway);
        // Only signals the supervisor, which does the rest on its own: the test runner kills this process
        // 100 ms after the last test, too soon to wait for a shutdown here.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.SignalStop();
        return server;
    }));

    // The server runs under a small shell whose stdin is a pipe from this process. When this process ends,
    // however it ends (even killed by the test runner before ProcessExit handlers finish), the pipe reaches
    // end-of-file and the shell shuts the server down and deletes its files: no server outlives its tests.
    // The shell runs in a session of its own, so that a Ctrl+C or a kill aimed at the test run's process
    // group ends the test process but not the shell before it has cleaned up.
    private const string Supervisor = """
        exec 3<&0
        postgres="$1"; folder="$2"; shift 2
        "$postgres" -D "$folder/data" -k "$folder/sockets" -c listen_addresses=127.0.0.1 "$@" 3<&- &
        server=$!
        (cat <&3; kill -INT "$server") >/dev/null 2>&1 &
        wait "$server"
        status=$?
        rm -rf "$folder"
        exit "$status"
        """;

    private readonly Process _supervisor;
    private readonly string _folder;
    private readonly int _port;
    private readonly StringBuilder _log = new();

    private PostgresServer(Process supervisor, string folder, int port, string version)
    {
        _supervisor = supervisor;
        _folder = folder;
        _port = port;
        Version = version;
    }

    /// <summary>The major version of the binaries it runs, as their folder names it ("15").</summary>
    public string Version { get; }

    /// <summary>A new, empty database on the tests' shared server (started on first use), as a connection string.</summary>
    /// <exception cref="InvalidOperationException">No PostgreSQL binaries on this machine, or the server did not start.</exception>
    public static async Task<string> CreateDatabaseAsync() => await (await Shared.Value).NewDatabaseAsync();

    /// <summary>A new, empty database on this server, as a connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"kpi_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>Stops the server and deletes its files.</summary>
    public async ValueTask DisposeAsync()
    {
        SignalStop();
        await _supervisor.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _supervisor.Dispose();
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = _port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    /// <summary>Starts a server of its own with these settings (<see cref="Throwaway"/>, <see cref="Durable"/>); disposing it stops it.</summary>
    public static async Task<PostgresServer> StartAsync(IReadOnlyList<string> settings)
    {
        var (initdb, postgres) = FindBinaries();
        // initdb and postgres refuse to run as root, so as root they run as the postgres user instead.
        var asPostgresUser = IsRoot();
        var folder = ProcessTempFolder.Create("kpi-postgres-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sockets"));
            if (asPostgresUser)
            {
                await RunAsync(asPostgresUser: false, folder, "chown", "-R", $"{SuperUser}:", folder);
            }

            await RunAsync(asPostgresUser, folder, initdb, "-D", Path.Combine(folder, "data"), "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        var port = FreePorts.Next();
        var supervisor = Start(asPostgresUser, folder, "setsid",
            ["--wait", "/bin/sh", "-c", Supervisor, "sh", postgres, folder, "-p", port.ToString(), .. settings.SelectMany(setting => new[] { "-c", setting })]);
        var server = new PostgresServer(supervisor, folder, port, Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(postgres))) ?? "?");
        supervisor.ErrorDataReceived += (_, line) => server.AppendLog(line.Data);
        supervisor.OutputDataReceived += (_, line) => server.AppendLog(line.Data);
        supervisor.BeginErrorReadLine();
        supervisor.BeginOutputReadLine();

        try
        {
            await server.WaitUntilReadyAsync(postgres);
        }
        catch
        {
            server.StopAndWait();
            throw;
        }

        return server;
    }

    private async Task WaitUntilReadyAsync(string postgres)
    {
        var clock = Stopwatch.StartNew();
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false, Timeout = 5 }.ConnectionString;
        Exception? lastError = null;
        while (clock.Elapsed < StartTimeout)
        {
            if (_supervisor.HasExited)
            {
                // Waits for the end of its output too, so that the log below is complete.
                _supervisor.WaitForExit();
                throw Failure($"PostgreSQL ({postgres}) exited with code {_supervisor.ExitCode} while starting.");
            }

            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException e)
            {
                lastError = e;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw Failure($"PostgreSQL ({postgres}) did not accept connections on 127.0.0.1:{_port} within {StartTimeout.TotalSeconds:0} s. Last error: {lastError?.Message}");
    }

    private InvalidOperationException Failure(string message)
    {
        lock (_log)
        {
            return new InvalidOperationException($"{message}\nServer log:\n{_log}");
        }
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private void SignalStop()
    {
        if (!_supervisor.HasExited)
        {
            _supervisor.StandardInput.Close();
        }
    }

    private void StopAndWait()
    {
        SignalStop();
        if (!_supervisor.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _supervisor.Kill(entireProcessTree: true);
            _supervisor.WaitForExit();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (string InitDb, string Postgres) FindBinaries()
    {
        // Debian and Ubuntu keep each major version apart and off PATH; prefer the newest.
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(folder => (Folder: Path.Combine(folder, "bin"), Version: int.TryParse(Path.GetFileName(folder), out var version) ? version : -1))
                .Where(candidate => File.Exists(Path.Combine(candidate.Folder, "initdb")) && File.Exists(Path.Combine(candidate.Folder, "postgres")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Folder)
                .FirstOrDefault()
            : null;
        if (versioned is not null)
        {
            return (Path.Combine(versioned, "initdb"), Path.Combine(versioned, "postgres"));
        }

        var initdb = FindOnPath("initdb");
        var postgres = FindOnPath("postgres");
        return initdb is not null && postgres is not null
            ? (initdb, postgres)
            : throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, postgres) were not found in /usr/lib/postgresql/<version>/bin nor on PATH. "
                + "The PostgreSQL tests need them: run ./test.sh as root, which installs them, or install them yourself (Debian/Ubuntu: apt-get install postgresql).");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static bool IsRoot() => !OperatingSystem.IsWindows() && geteuid() == 0;

    [DllImport("libc")]
    private static extern uint geteuid();

    private static Process Start(bool asPostgresUser, string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : fileName)
        {
            // The postgres user may not be allowed into the test's own folder (say, under /root).
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var argument in (string[])["-u", SuperUser, "--", fileName])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start)!;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {string.Join(' ', start.ArgumentList)}: {e.Message}", e);
        }
    }

    private static async Task RunAsync(bool asPostgresUser, string workingDirectory, string fileName, params string[] arguments)
    {
        using var process = Start(asPostgresUser, workingDirectory, fileName, arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} did not finish within {StartTimeout.TotalSeconds:0} s.\n{await output}{await error}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await output}{await error}");
        }
    }
}
