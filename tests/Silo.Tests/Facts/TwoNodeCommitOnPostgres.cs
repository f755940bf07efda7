using KpiActors.Silo.Facts;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

using KpiActors.Silo.Tests.Storage;

namespace KpiActors.Silo.Tests.Facts;

/// <summary>
/// Two nodes on one PostgreSQL database: each its own fact store over its own connection pool, as two app processes
/// have. Orleans keeps one activation per grain only eventually, so the single writer of a province must be the
/// database's: its ledger rows, locked by each commit that touches the province.
/// </summary>
public sealed class TwoNodeCommitOnPostgres : IAsyncLifetime
{
    private const int DossiersPerProvince = 1_000;

    private const int Rounds = 3;

    private static readonly string[] Provinces = ["01", "31"];

    private static readonly DateTimeOffset Received = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private PostgresDatabase _first = null!;
    private PostgresDatabase _second = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        _first = new PostgresDatabase(connectionString);
        _second = new PostgresDatabase(connectionString);
        await new SchemaMigrator(_first, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Corrections_of_the_same_dossiers_committed_on_two_nodes_at_once_count_each_dossier_once_by_its_last_committed_version()
    {
        var clock = new ManualClock(Received);
        var nodes = new[] { new SqlFactStore(_first, clock), new SqlFactStore(_second, clock) };
        var opened = Dossiers(d => d with { Status = DossierStatus.InProgress });
        await nodes[0].CommitAsync([new FactBatch(opened)]);

        for (var round = 0; round < Rounds; round++)
        {
            // The same dossiers resolved on both nodes, in months no version named before: one stage, so whichever
            // commits last stands, and either way every dossier's month moves.
            IReadOnlyList<DossierFact>[] versions =
            [
                Dossiers(d => d with { Status = DossierStatus.Resolved, ResolvedAt = d.ReceivedAt.AddMonths(1 + 2 * round) }),
                Dossiers(d => d with { Status = DossierStatus.Resolved, ResolvedAt = d.ReceivedAt.AddMonths(2 + 2 * round) }),
            ];
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var commits = nodes.Select((node, i) => Task.Run(async () =>
            {
                await start.Task;
                return await node.CommitAsync([new FactBatch([.. versions[i]])]);
            })).ToArray();
            start.SetResult();
            var committed = await Task.WhenAll(commits);

            // Their sequences chain: the later commit continues every grain where the earlier one left it.
            var onTime = new IndicatorKey("31", Indicators.OnTimeId);
            var last = committed[0].Grains.Single(g => g.Grain == onTime).Batch.PreviousSequence > committed[1].Grains.Single(g => g.Grain == onTime).Batch.PreviousSequence ? 0 : 1;
            var earlier = committed[1 - last].Grains.ToDictionary(g => g.Grain, g => g.Batch);
            Assert.All(committed[last].Grains, g => Assert.Equal(earlier[g.Grain].Deltas[^1].Sequence, g.Batch.PreviousSequence));
            Assert.All(committed, c => Assert.Equal([new BatchOutcome(2 * DossiersPerProvince, 0)], c.Outcomes));
            Assert.Equal(Net(ResolvedMonths[round][last]), await LoggedNetAsync());
            Assert.Equal(
                versions[last].Select(d => (d.Province, d.DossierId, d.ResolvedAt!.Value)).Order(),
                (await Rows.QueryAsync(_first, "SELECT province, dossier_id, resolved_at FROM dossiers",
                    r => (r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)))).Order());
        }
    }

    private static IReadOnlyList<DossierFact> Dossiers(Func<DossierFact, DossierFact> version) =>
        Provinces.SelectMany(province => Enumerable.Range(0, DossiersPerProvince).Select(i => version(new DossierFact(
            province, $"HS-{i:D4}", AdministrativeLevel.Commune, Channel.Online, "1.001", Received, Received.AddDays(7), null, DossierStatus.Received))))
            .ToList();

    /// <summary>
    /// The month (yyyymm) the dossiers are resolved in, by round and version: 2 November 2026 plus 1 + 2 × round months for
    /// the first version, 2 + 2 × round for the second.
    /// </summary>
    private static readonly int[][] ResolvedMonths = [[202612, 202701], [202702, 202703], [202704, 202705]];

    /// <summary>
    /// What the log must add up to, net per (province, indicator, bucket), when every dossier counts once, by the version
    /// resolved in <paramref name="resolvedMonth"/>: in each province 1,000 received in November 2026 (on-time slot 0;
    /// online-dossier slots 0 and 1, all online), and 1,000 late in the month they were resolved (on-time slot 3: resolved a
    /// month or more after the due date of 9 November). The in-progress version opened them due on 9 November (bucket
    /// 20261109) and the resolved one closed them again, which nets to nothing there.
    /// </summary>
    private static List<(string Province, string Indicator, int Bucket, string Values)> Net(int resolvedMonth) =>
    [
        .. Provinces.SelectMany(province => new[]
        {
            (province, "online-dossier", 202611, "1000,1000,0,0,0,0"),
            (province, "ontime", 202611, "1000,0,0,0,0,0"),
            (province, "ontime", resolvedMonth, "0,0,0,1000,0,0"),
        }).Order(),
    ];

    /// <summary>What the log adds up to, net per (province, indicator, bucket).</summary>
    private async Task<List<(string Province, string Indicator, int Bucket, string Values)>> LoggedNetAsync() =>
        (await Rows.QueryAsync(_second, """
            SELECT province, indicator, bucket, CAST(SUM(v0) AS BIGINT), CAST(SUM(v1) AS BIGINT), CAST(SUM(v2) AS BIGINT),
                   CAST(SUM(v3) AS BIGINT), CAST(SUM(v4) AS BIGINT), CAST(SUM(v5) AS BIGINT)
            FROM delta_log GROUP BY province, indicator, bucket
            """,
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), Values: new[] { r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8) })))
        .Where(r => r.Values.Any(v => v != 0))
        .Select(r => (r.Item1, r.Item2, r.Item3, string.Join(',', r.Values)))
        .Order()
        .ToList();
}
