using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

/// <summary>
/// Status boundaries, with a policy whose numbers are exact in binary so that every boundary is tested on
/// the boundary itself: target 1/2, at risk from 1/4, hysteresis 1/8. Fresh (no previous status): met from
/// 1/2, behind below 1/4. Leaving a judged status takes the band: met stays met down to 3/8 and is entered
/// from another status only at 5/8; behind stays behind below 3/8 and is entered from another status only below 1/8.
/// </summary>
public sealed class StatusJudgeTests
{
    private const double Target = 0.5;

    private static readonly StatusPolicy Policy = new() { MinimumSample = 16, AtRiskMargin = 0.25, Hysteresis = 0.125 };

    private static TargetStatus Judge(long sixteenths, TargetStatus? previous = null, double? projection = null) =>
        StatusJudge.Judge(new Ratio(sixteenths, 16), Policy.MinimumSample, Target, projection, previous, Policy);

    [Fact]
    public void Fewer_cases_than_the_minimum_sample_are_not_enough_data()
    {
        Assert.Equal(TargetStatus.NotEnoughData, StatusJudge.Judge(new Ratio(15, 15), 16, Target, null, null, Policy));
        Assert.Equal(TargetStatus.NotEnoughData, StatusJudge.Judge(new Ratio(0, 15), 16, Target, null, TargetStatus.Behind, Policy));
        Assert.Equal(TargetStatus.NotEnoughData, StatusJudge.Judge(new Ratio(0, 0), 0, Target, null, null, Policy));
        Assert.Equal(TargetStatus.Met, StatusJudge.Judge(new Ratio(16, 16), 16, Target, null, null, Policy));
    }

    [Theory]
    [InlineData(16, TargetStatus.Met)]
    [InlineData(8, TargetStatus.Met)]
    [InlineData(7, TargetStatus.AtRisk)]
    [InlineData(4, TargetStatus.AtRisk)]
    [InlineData(3, TargetStatus.Behind)]
    [InlineData(0, TargetStatus.Behind)]
    public void Without_a_previous_status_the_boundaries_are_the_target_and_the_margin(long sixteenths, TargetStatus status)
    {
        Assert.Equal(status, Judge(sixteenths));
        Assert.Equal(status, Judge(sixteenths, TargetStatus.NotEnoughData));
    }

    [Theory]
    [InlineData(8, TargetStatus.AtRisk)]
    [InlineData(9, TargetStatus.AtRisk)]
    [InlineData(10, TargetStatus.Met)]
    [InlineData(6, TargetStatus.AtRisk)]
    [InlineData(5, TargetStatus.Behind)]
    public void After_behind_a_value_just_above_target_is_not_met_until_target_plus_hysteresis(long sixteenths, TargetStatus status) =>
        Assert.Equal(status, Judge(sixteenths, TargetStatus.Behind));

    [Theory]
    [InlineData(6, TargetStatus.Met)]
    [InlineData(5, TargetStatus.AtRisk)]
    [InlineData(2, TargetStatus.AtRisk)]
    [InlineData(1, TargetStatus.Behind)]
    public void After_met_a_value_just_below_target_stays_met_until_target_minus_hysteresis(long sixteenths, TargetStatus status) =>
        Assert.Equal(status, Judge(sixteenths, TargetStatus.Met));

    [Theory]
    [InlineData(TargetStatus.AtRisk)]
    [InlineData(TargetStatus.OnTrack)]
    public void From_between_both_boundaries_move_only_past_the_band(TargetStatus previous)
    {
        Assert.Equal(TargetStatus.Met, Judge(10, previous));
        Assert.NotEqual(TargetStatus.Met, Judge(9, previous));
        Assert.Equal(TargetStatus.Behind, Judge(1, previous));
        Assert.NotEqual(TargetStatus.Behind, Judge(2, previous));
    }

    [Fact]
    public void Below_target_a_projection_that_reaches_the_target_is_on_track()
    {
        Assert.Equal(TargetStatus.OnTrack, Judge(6, projection: 0.5));
        Assert.Equal(TargetStatus.OnTrack, Judge(1, projection: 0.75));
        Assert.Equal(TargetStatus.AtRisk, Judge(6, projection: 0.4375));
        Assert.Equal(TargetStatus.Behind, Judge(1, projection: 0.4375));
        Assert.Equal(TargetStatus.Met, Judge(8, projection: 0.25));
    }

    [Fact]
    public void With_the_default_policy_ninety_five_point_five_percent_after_behind_is_still_at_risk_for_a_ninety_five_percent_target()
    {
        var policy = StatusPolicy.Default;
        TargetStatus Judge(long perMille, TargetStatus? previous) =>
            StatusJudge.Judge(new Ratio(perMille, 1000), policy.MinimumSample, 0.95, null, previous, policy);

        Assert.Equal(TargetStatus.Met, Judge(955, null));
        Assert.Equal(TargetStatus.AtRisk, Judge(955, TargetStatus.Behind));
        Assert.Equal(TargetStatus.Met, Judge(965, TargetStatus.Behind));
        Assert.Equal(TargetStatus.Met, Judge(945, TargetStatus.Met));
        Assert.Equal(TargetStatus.AtRisk, Judge(935, TargetStatus.Met));
        Assert.Equal(TargetStatus.Behind, Judge(895, null));
        Assert.Equal(TargetStatus.AtRisk, Judge(905, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TargetStatus.AtRisk)]
    [InlineData(TargetStatus.Behind)]
    [InlineData(TargetStatus.OnTrack)]
    [InlineData(TargetStatus.Met)]
    public void A_full_score_meets_a_one_hundred_percent_target_whatever_came_before(TargetStatus? previous) =>
        // The band above a 100% target is out of reach: no ratio exceeds 1.
        Assert.Equal(TargetStatus.Met, StatusJudge.Judge(new Ratio(500, 500), 30, 1.0, null, previous, StatusPolicy.Default));
}
