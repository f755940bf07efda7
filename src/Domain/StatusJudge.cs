namespace KpiActors.Domain;

/// <summary>Turns a value and its target into a status, remembering the previous status for hysteresis.</summary>
public static class StatusJudge
{
    public static TargetStatus Judge(
        Ratio ratio,
        long minimumSample,
        double target,
        double? projection,
        TargetStatus? previous,
        StatusPolicy policy)
    {
        if (ratio.Denominator < minimumSample || ratio.Value is not { } value)
        {
            return TargetStatus.NotEnoughData;
        }

        // Leaving a status takes crossing its boundary by the hysteresis band; entering one does not.
        var h = policy.Hysteresis;
        // No rate exceeds 1, so the band above a target near 100% is clipped there: otherwise a province that
        // was once below a 100% target could never be met again, even at 100%.
        var metFrom = Math.Min(
            target + (previous is TargetStatus.Met ? -h : previous is null or TargetStatus.NotEnoughData ? 0 : h),
            Math.Max(target, 1));
        var behindBelow = target - policy.AtRiskMargin + (previous is TargetStatus.Behind ? h : previous is null or TargetStatus.NotEnoughData ? 0 : -h);

        if (value >= metFrom)
        {
            return TargetStatus.Met;
        }

        if (projection is { } projected && projected >= target)
        {
            return TargetStatus.OnTrack;
        }

        return value < behindBelow ? TargetStatus.Behind : TargetStatus.AtRisk;
    }

    /// <summary>
    /// Where a stock indicator is heading: a least-squares line through its daily values, extended to the
    /// deadline. Null when the deadline has passed or there are fewer than two days to draw a line through.
    /// </summary>
    public static double? Project(IReadOnlyList<(DateOnly Day, double Value)> history, DateOnly today, DateOnly? deadline)
    {
        if (deadline is not { } end || end <= today || history.Count < 2)
        {
            return null;
        }

        var origin = history[0].Day.DayNumber;
        var n = history.Count;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var (day, value) in history)
        {
            double x = day.DayNumber - origin;
            sx += x;
            sy += value;
            sxx += x * x;
            sxy += x * value;
        }

        var denominator = n * sxx - sx * sx;
        if (denominator == 0)
        {
            return null;
        }

        var slope = (n * sxy - sx * sy) / denominator;
        var intercept = (sy - slope * sx) / n;
        return Math.Clamp(intercept + slope * (end.DayNumber - origin), 0, 1);
    }
}
