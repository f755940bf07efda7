using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

/// <summary>The least-squares line through a stock indicator's daily values, extended to the deadline.</summary>
public sealed class ProjectionTests
{
    private static readonly DateOnly Start = new(2026, 11, 1);

    [Fact]
    public void A_perfect_line_is_extended_exactly()
    {
        // 1/4, 3/8, 1/2 on days 0, 1, 2: an eighth a day, so 3/4 on day 4. Every number is exact in binary.
        var history = new[] { (Start, 0.25), (Start.AddDays(1), 0.375), (Start.AddDays(2), 0.5) };

        Assert.Equal(0.75, StatusJudge.Project(history, Start.AddDays(2), Start.AddDays(4)));
    }

    [Fact]
    public void Scattered_values_give_the_least_squares_line()
    {
        // Through (0, 0), (1, 0.5), (2, 0.25), (3, 0.75): slope 0.2, intercept 0.075, so 0.075 + 0.2 * 4 = 0.875 on day 4.
        var history = new[] { (Start, 0.0), (Start.AddDays(1), 0.5), (Start.AddDays(2), 0.25), (Start.AddDays(3), 0.75) };

        Assert.Equal(0.875, StatusJudge.Project(history, Start.AddDays(3), Start.AddDays(4))!.Value, 12);
    }

    [Fact]
    public void A_projection_is_a_rate_between_zero_and_one()
    {
        var rising = new[] { (Start, 0.5), (Start.AddDays(1), 0.75) };
        var falling = new[] { (Start, 0.5), (Start.AddDays(1), 0.25) };

        Assert.Equal(1.0, StatusJudge.Project(rising, Start.AddDays(1), Start.AddDays(10)));
        Assert.Equal(0.0, StatusJudge.Project(falling, Start.AddDays(1), Start.AddDays(10)));
    }

    [Fact]
    public void There_is_no_projection_without_a_deadline_ahead_and_two_days()
    {
        var history = new[] { (Start, 0.25), (Start.AddDays(1), 0.375) };

        Assert.Null(StatusJudge.Project(history, Start.AddDays(1), null));
        Assert.Null(StatusJudge.Project(history, Start.AddDays(1), Start.AddDays(1)));
        Assert.Null(StatusJudge.Project(history, Start.AddDays(1), Start));
        Assert.Null(StatusJudge.Project([(Start, 0.25)], Start, Start.AddDays(10)));
        Assert.Null(StatusJudge.Project([(Start, 0.25), (Start, 0.5)], Start, Start.AddDays(10)));
    }
}
