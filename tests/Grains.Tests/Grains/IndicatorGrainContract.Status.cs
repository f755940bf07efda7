using KpiActors.TestSupport;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using static KpiActors.Domain.Indicators;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>Status: the live period's judgement remembers the last one, across batches and restarts.</summary>
public abstract partial class IndicatorGrainContract
{
    [Fact]
    public async Task The_live_status_keeps_its_hysteresis_across_batches_and_a_restart()
    {
        var first = await StartHostAsync();
        var feed = new Feed(first);
        // 14 of 15 in time is at risk against 95%; 19 of 20 is exactly 95%, met for a fresh judgement but
        // not for one coming from at risk, which must reach 96% first.
        await feed.StoreAndDeliverAsync([.. ResolvedInNovember("A", 14, late: false), .. ResolvedInNovember("B", 1, late: true)]);
        var atRisk = await first.ReadAsync(Key(OnTimeId), "2026-11");
        await feed.StoreAndDeliverAsync([.. ResolvedInNovember("C", 5, late: false)]);
        var stillAtRisk = await first.ReadAsync(Key(OnTimeId), "2026-11");
        await first.StopAsync();
        var second = await StartHostAsync();
        var afterRestart = await second.ReadAsync(Key(OnTimeId), "2026-11");
        await new Feed(second).StoreAndDeliverAsync([.. ResolvedInNovember("D", 10, late: false)]);
        var met = await second.ReadAsync(Key(OnTimeId), "2026-11");

        Assert.Equal((14, 15, TargetStatus.AtRisk), (atRisk.Numerator, atRisk.Denominator, atRisk.Status));
        Assert.Equal((19, 20, TargetStatus.AtRisk), (stillAtRisk.Numerator, stillAtRisk.Denominator, stillAtRisk.Status));
        Assert.Equal((19, 20, TargetStatus.AtRisk), (afterRestart.Numerator, afterRestart.Denominator, afterRestart.Status));
        Assert.Equal((29, 30, TargetStatus.Met), (met.Numerator, met.Denominator, met.Status));
        // The same figures judged afresh, for a closed period with no memory: met.
        Assert.Equal(TargetStatus.Met, StatusJudge.Judge(new Ratio(19, 20), Policy.MinimumSample, 0.95, null, null, Policy));
    }

    [Fact]
    public async Task A_province_back_at_one_hundred_percent_meets_the_one_hundred_percent_edoc_target()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        var count = new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Outgoing, ReportingPeriod.Month(2026, 11), 99, 100);
        await feed.StoreAndDeliverAsync(count);
        var shortOfIt = await host.ReadAsync(Key(EDocId), "2026-11");
        await feed.StoreAndDeliverAsync(count with { Electronic = 100 });
        var full = await host.ReadAsync(Key(EDocId), "2026-11");

        Assert.Equal((1.0, TargetStatus.AtRisk), (shortOfIt.Target, shortOfIt.Status));
        Assert.Equal((1.0, 0.0, TargetStatus.Met), (full.Value, full.Gap, full.Status));
    }

    /// <summary><paramref name="count"/> dossiers received and resolved in November 2026, in time or late.</summary>
    private static IEnumerable<IFact> ResolvedInNovember(string prefix, int count, bool late) =>
        Enumerable.Range(0, count).Select(i => Dossiers.Received(Province, $"{prefix}-{i}", Vn.At(2026, 11, 2), Vn.At(2026, 11, 10, 17))
            .ResolvedAt(late ? Vn.At(2026, 11, 12) : Vn.At(2026, 11, 9)));
}
