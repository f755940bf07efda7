using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// Exactness at size: thousands of events with retries and corrections, sent in large batches, must leave
/// every province's figures exactly where a recount of the events (done by the test's own rules) puts them.
/// </summary>
public abstract class RecountAtSizeTests(ITestOutputHelper output)
{
    private const int Events = 5_000;
    private const int BatchSize = 500;

    protected abstract StorageEngine Engine { get; }

    [Fact]
    public async Task Five_thousand_events_with_retries_and_corrections_give_every_province_exactly_the_recounted_ontime_and_online_figures()
    {
        // 5% exact repeats and 5% later versions that change a dossier's status or resolution date.
        var events = RecountStream.Generate(seed: 20_261_122, idPrefix: "size", Events, duplicates: Events / 20, corrections: Events / 20);
        var (expectedChanged, expectedUnchanged) = Receipts(events);
        await using var app = await KpiApp.StartAsync(Engine);
        using var client = app.Client();

        var clock = Stopwatch.StartNew();
        int rows = 0, changed = 0, unchanged = 0;
        foreach (var batch in events.Chunk(BatchSize))
        {
            var receipt = await client.PostAsync("/api/v1/dossiers", Wire.Json(RecountWire.Events(batch))).ReceiptAsync();
            rows += receipt.Rows;
            changed += receipt.Changed;
            unchanged += receipt.Unchanged;
        }

        clock.Stop();
        output.WriteLine($"{Engine}: {Events} events in batches of {BatchSize} in {clock.Elapsed.TotalSeconds:0.00} s, {Events / clock.Elapsed.TotalSeconds:0} events/s.");

        Assert.Equal((Events, expectedChanged, expectedUnchanged), (rows, changed, unchanged));
        var final = RecountRules.FinalVersions(events.Select(e => e.Fact));
        Assert.Empty(await RecountBoard.DifferencesAsync(client, final.Values));
    }

    /// <summary>
    /// What the receipts must say: an event changes something when it stands (it does not go back a stage) and
    /// differs from the version before it; a repeat, or an event of an earlier stage, is unchanged.
    /// </summary>
    private static (int Changed, int Unchanged) Receipts(IEnumerable<RecountEvent> events)
    {
        var standing = new Dictionary<(string, string), RecountFact>();
        int changed = 0, unchanged = 0;
        foreach (var fact in events.Select(e => e.Fact))
        {
            var key = (fact.Province, fact.DossierId);
            var previous = standing.GetValueOrDefault(key);
            var next = RecountRules.Fold(previous is null ? [fact] : [previous, fact])!;
            if (next == previous)
            {
                unchanged++;
            }
            else
            {
                changed++;
                standing[key] = next;
            }
        }

        return (changed, unchanged);
    }
}

public sealed class RecountAtSizeOnSqlite(ITestOutputHelper output) : RecountAtSizeTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;
}

public sealed class RecountAtSizeOnPostgres(ITestOutputHelper output) : RecountAtSizeTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Postgres;
}
