using System.Text.Json;
using System.Text.RegularExpressions;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Auth;

/// <summary>
/// The first start of an app without Auth:BootstrapAdminKey, on an empty database, prints an admin key once: nodes started
/// together on one database print one between them, not one each, and a node started again prints none. Seen from the
/// outside, as an operator sees it: the apps are processes of their own, and what they print is tried against the API.
/// </summary>
public abstract partial class FirstAdminKeyContract(StorageEngine engine, int nodes, ITestOutputHelper output) : IDisposable
{
    private readonly ProcessLog _log = new();

    [Fact]
    public async Task Nodes_started_together_on_an_empty_database_print_one_admin_key_between_them_which_works_on_each_and_a_restart_prints_none()
    {
        var connectionString = await engine.NewDatabaseAsync();
        var started = Enumerable.Range(0, nodes).Select(n =>
        {
            var settings = AppProcess.Settings(engine, connectionString);
            settings["Auth:BootstrapAdminKey"] = null;
            return new AppProcess(((char)('A' + n)).ToString(), settings, _log);
        }).ToList();
        try
        {
            // The key is printed by a service that runs before the app listens, so by the time each has started, all it printed is read.
            await Task.WhenAll(started.Select(node => node.StartAsync()));
            var key = Assert.Single(started.SelectMany(PrintedKeys));

            foreach (var node in started)
            {
                Assert.Equal([("first admin", "admin", JsonValueKind.Null)], await KeysAsync(node, key));
            }

            var first = started[0];
            first.Kill();
            await first.StartAsync();
            Assert.Empty(PrintedKeys(first));
            Assert.Equal([("first admin", "admin", JsonValueKind.Null)], await KeysAsync(first, key));
        }
        finally
        {
            started.ForEach(node => node.Dispose());
        }
    }

    public void Dispose()
    {
        output.WriteLine(_log.ToString());
        GC.SuppressFinalize(this);
    }

    private static IEnumerable<string> PrintedKeys(AppProcess node) =>
        node.Output.Select(line => PrintedKey().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value);

    /// <summary>Every key the node lists, asked with <paramref name="key"/>: name, role and whether it is revoked.</summary>
    private static async Task<List<(string?, string?, JsonValueKind)>> KeysAsync(AppProcess node, string key)
    {
        using var admin = node.Client(key);
        var keys = await admin.GetAsync("/api/v1/admin/keys").JsonAsync();
        return [.. keys.EnumerateArray().Select(k => (k.GetProperty("name").GetString(), k.GetProperty("role").GetString(), k.GetProperty("revokedAt").ValueKind))];
    }

    [GeneratedRegex(@"First admin API key \(shown once, stored only as a hash\): (\S+)")]
    private static partial Regex PrintedKey();
}

/// <summary>The embedded default runs one node on its file (localhost clustering: a second process would be a cluster of its own).</summary>
public sealed class FirstAdminKeyOnSqlite(ITestOutputHelper output) : FirstAdminKeyContract(StorageEngine.Sqlite, nodes: 1, output);

/// <summary>Four nodes forming one cluster: alone in the test run, so that other tests' load does not make them suspect each other.</summary>
[Collection(nameof(AloneInTheTestRun))]
public sealed class FirstAdminKeyOnPostgres(ITestOutputHelper output) : FirstAdminKeyContract(StorageEngine.Postgres, nodes: 4, output);
