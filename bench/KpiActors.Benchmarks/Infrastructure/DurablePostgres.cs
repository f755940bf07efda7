using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>
/// A private PostgreSQL server for the benchmarks, started from the machine's binaries like the tests' one
/// (own data folder, port on 127.0.0.1, run as the postgres user when we are root), but with durable
/// commits: the tests' server turns fsync and synchronous_commit off for speed, which would make
/// "acknowledged only after it is durable" meaningless and flatter every PostgreSQL figure.
/// </summary>
public sealed class DurablePostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    // Production-like settings for a small machine; everything about durability stays at its default (on).
    private static readonly string[] Settings =
    [
        "listen_addresses=127.0.0.1", "max_connections=500", "shared_buffers=256MB", "max_wal_size=4GB",
        "fsync=on", "synchronous_commit=on", "full_page_writes=on",
    ];

    // The server runs under a shell whose stdin is a pipe from this process: when this process ends, however
    // it ends, the pipe closes and the shell stops the server and deletes its folder. Its own session keeps a
    // Ctrl+C aimed at the benchmark from killing the shell before it has cleaned up.
    private const string Supervisor = """
        exec 3<&0
        server="$1"; folder="$2"; shift 2
        "$server" -D "$folder/data" -k "$folder/sockets" "$@" 3<&- &
        pid=$!
        (cat <&3; kill -INT "$pid") >/dev/null 2>&1 &
        wait "$pid"
        status=$?
        rm -rf "$folder"
        exit "$status"
        """;

    private readonly Process _supervisor;
    private readonly int _port;

    private DurablePostgres(Process supervisor, int port, string version)
    {
        _supervisor = supervisor;
        _port = port;
        Version = version;
    }

    public string Version { get; }

    public static async Task<DurablePostgres> StartAsync()
    {
        var bin = FindBinaries();
        var asPostgresUser = geteuid() == 0;
        var folder = Directory.CreateTempSubdirectory("kpi-bench-postgres-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "sockets"));
        if (asPostgresUser)
        {
            await RunAsync(false, folder, "chown", "-R", $"{SuperUser}:", folder);
        }

        await RunAsync(asPostgresUser, folder, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", SuperUser,
            "-A", "trust", "-E", "UTF8", "--locale=C");
        var port = FreePort();
        var arguments = new List<string> { "--wait", "/bin/sh", "-c", Supervisor, "sh", Path.Combine(bin, "postgres"), folder, "-p", port.ToString() };
        arguments.AddRange(Settings.SelectMany(setting => new[] { "-c", setting }));
        var supervisor = Start(asPostgresUser, folder, "setsid", arguments);
        // Drained, so that the server never blocks on a full pipe; its log is of no use to the figures.
        _ = supervisor.StandardOutput.ReadToEndAsync();
        _ = supervisor.StandardError.ReadToEndAsync();
        var server = new DurablePostgres(supervisor, port, Path.GetFileName(Path.GetDirectoryName(bin)) ?? "?");
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>A new, empty database, as a connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_supervisor.HasExited)
        {
            _supervisor.StandardInput.Close();
            await _supervisor.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _supervisor.Dispose();
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = _port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    private async Task WaitUntilReadyAsync()
    {
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false, Timeout = 5 }.ConnectionString;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_supervisor.HasExited)
            {
                throw new InvalidOperationException($"PostgreSQL exited with code {_supervisor.ExitCode} while starting.");
            }

            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The newest version's bin folder under /usr/lib/postgresql (Debian keeps them off PATH).</summary>
    private static string FindBinaries() =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
        .Select(folder => Path.Combine(folder, "bin"))
        .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
        .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : -1)
        .FirstOrDefault()
        ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/<version>/bin: run bench/run.sh as root, which installs them.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(bool asPostgresUser, string folder, string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : fileName)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (asPostgresUser ? ["-u", SuperUser, "--", fileName] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task RunAsync(bool asPostgresUser, string folder, string fileName, params string[] arguments)
    {
        using var process = Start(asPostgresUser, folder, fileName, arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} failed with exit code {process.ExitCode}:\n{await output}{await error}");
        }
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
