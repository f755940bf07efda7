using System.Net.Http.Json;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Nodes A, B, C… on one fresh database of the private PostgreSQL server, started side by side (the first ones race to
/// migrate the schema, as a deployment's nodes do) and forming one Orleans cluster. Each node is the built app as a process
/// of its own, so that it can die as a server dies or stop as an operator stops it; its HTTP, silo and gateway ports are
/// fixed when the node is made, so that a node started again comes back at the same address, where the senders of a test
/// still send. Disposing it kills every node and writes their output to the test's log.
/// </summary>
public sealed class KpiCluster : IDisposable
{
    // Orleans' SiloStatus, as the membership table stores it.
    private const int Active = 3;
    private const int Dead = 6;

    private readonly ITestOutputHelper _output;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private KpiCluster(string connectionString, int count, ITestOutputHelper output, IReadOnlyDictionary<string, string?>? settings)
    {
        _output = output;
        _settings = settings ?? new Dictionary<string, string?>();
        ConnectionString = connectionString;
        Nodes = Enumerable.Range(0, count).Select(i => Node(((char)('A' + i)).ToString())).ToList();
    }

    public string ConnectionString { get; }

    public IReadOnlyList<AppProcess> Nodes { get; }

    public ProcessLog Log { get; } = new();

    public static async Task<KpiCluster> StartAsync(int nodes, ITestOutputHelper output, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cluster = new KpiCluster(await PostgresServer.CreateDatabaseAsync(), nodes, output, settings);
        try
        {
            await Task.WhenAll(cluster.Nodes.Select(n => n.StartAsync()));
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>A node of this cluster, not started: the cluster's settings, its own ports.</summary>
    public AppProcess Node(string name)
    {
        var settings = AppProcess.Settings(StorageEngine.Postgres, ConnectionString);
        settings["Urls"] = $"http://127.0.0.1:{FreePorts.Next()}";
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        return new AppProcess(name, settings, Log);
    }

    /// <summary>The silos in the membership table on this node's address: generation and status (Orleans' SiloStatus), oldest first.</summary>
    public async Task<List<(int Generation, string Status)>> MembershipOfAsync(AppProcess node)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT generation, status FROM orleans_membership WHERE port = @port ORDER BY generation", connection);
        command.Parameters.AddWithValue("port", node.SiloPort);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1) switch { Active => "active", Dead => "dead", var other => $"status {other}" }));
        }

        return rows;
    }

    /// <summary>Per grain ("01/ontime"), the last sequence its log was given and the watermark of its stored snapshot (null without one).</summary>
    public async Task<Dictionary<string, (long LastLogged, long? Snapshot)>> SnapshotsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT l.province || '/' || l.indicator, l.last_sequence, (s.payload::jsonb ->> 'watermark')::bigint
            FROM ledger l LEFT JOIN grain_state s ON s.grain_key = l.province || '/' || l.indicator
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var grains = new Dictionary<string, (long, long?)>();
        while (await reader.ReadAsync())
        {
            grains[reader.GetString(0)] = (reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
        }

        return grains;
    }

    public void Dispose()
    {
        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        _output.WriteLine("Node output:");
        _output.WriteLine(Log.ToString());
    }
}
