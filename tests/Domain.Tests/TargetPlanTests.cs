using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

/// <summary>The target a period is judged by: the latest one already due at its end, else the next one coming.</summary>
public sealed class TargetPlanTests
{
    [Theory]
    [InlineData("2019", 0.20)]
    [InlineData("2020-11", 0.20)]
    [InlineData("2020", 0.20)]
    [InlineData("2024", 0.20)]
    [InlineData("2025-Q3", 0.20)]
    [InlineData("2025-H2", 0.80)]
    [InlineData("2025", 0.80)]
    [InlineData("2026", 0.80)]
    [InlineData("2026-11", 0.80)]
    public void Online_dossier_targets_come_into_force_on_their_deadlines(string period, double target) =>
        Assert.Equal(target, new TargetPlan(Indicators.OnlineDossier.DefaultTargets).InForceOn(ReportingPeriod.Parse(period).LastDay).Value);

    [Fact]
    public void A_standing_target_is_always_in_force()
    {
        var plan = new TargetPlan(Indicators.OnTime.DefaultTargets);

        Assert.Equal(0.95, plan.InForceOn(new DateOnly(2010, 1, 31)).Value);
        Assert.Null(plan.InForceOn(new DateOnly(2030, 12, 31)).Deadline);
    }

    [Fact]
    public void A_dated_target_once_due_wins_over_a_standing_one()
    {
        var plan = new TargetPlan([new Target(0.5, null, "standing"), new Target(0.9, new DateOnly(2026, 6, 30), "dated")]);

        Assert.Equal("standing", plan.InForceOn(new DateOnly(2026, 6, 29)).Source);
        Assert.Equal("dated", plan.InForceOn(new DateOnly(2026, 6, 30)).Source);
    }

    [Fact]
    public void The_built_in_targets_are_the_ones_of_indicators_json()
    {
        Assert.Equal(new[] { (0.90, new DateOnly(2020, 12, 31)), (1.00, new DateOnly(2025, 12, 31)) }, Indicators.EDoc.DefaultTargets.Select(t => (t.Value, t.Deadline!.Value)));
        Assert.Equal(new[] { (0.30, new DateOnly(2020, 12, 31)) }, Indicators.OnlineL4.DefaultTargets.Select(t => (t.Value, t.Deadline!.Value)));
        Assert.Equal(new[] { (0.20, new DateOnly(2020, 12, 31)), (0.80, new DateOnly(2025, 12, 31)) }, Indicators.OnlineDossier.DefaultTargets.Select(t => (t.Value, t.Deadline!.Value)));
    }
}
