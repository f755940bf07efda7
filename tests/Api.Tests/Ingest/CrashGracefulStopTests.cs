using System.Diagnostics;
using System.Net;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// The counterpart of a crash: a graceful stop drains every grain and writes every snapshot up to the last
/// logged delta, so that the next start replays nothing. The in-process host is stopped twice over (once by
/// the test host, once by the app's own Run returning), as a host may be.
/// </summary>
public abstract class CrashGracefulStopTests(ITestOutputHelper output)
{
    protected abstract StorageEngine Engine { get; }

    [Fact]
    public async Task A_graceful_stop_writes_every_grain_snapshot_up_to_the_last_logged_delta()
    {
        // No snapshot before the stop: only the stop can have written them.
        var app = await KpiApp.StartAsync(Engine, new Dictionary<string, string?>
        {
            ["Grains:SnapshotEvery"] = "1000000",
            ["Grains:SnapshotInterval"] = "01:00:00",
        });
        var connectionString = app.ConnectionString;
        await using (app)
        {
            using var client = app.Client();
            var events = RecountStream.Generate(seed: 11, idPrefix: "stop", total: 1_000, duplicates: 50, corrections: 50);
            foreach (var batch in events.Chunk(250))
            {
                using var response = await client.PostAsync("/api/v1/dossiers", Wire.Json(RecountWire.Events(batch)));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.All(await RecountFacts.ReadSnapshotsAsync(Engine, connectionString), grain => Assert.Null(grain.SnapshotWatermark));
        }

        var snapshots = await RecountFacts.ReadSnapshotsAsync(Engine, connectionString);
        // Both indicators fed by dossiers, in all 34 provinces.
        Assert.Equal(68, snapshots.Count);
        Assert.All(snapshots, grain => Assert.Equal(grain.LastLogged, grain.SnapshotWatermark));
        output.WriteLine($"{snapshots.Count} grains, every snapshot at its last logged delta.");
    }
}

public sealed class CrashGracefulStopOnSqlite(ITestOutputHelper output) : CrashGracefulStopTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;
}

public sealed class CrashGracefulStopOnPostgres(ITestOutputHelper output) : CrashGracefulStopTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Postgres;
}
