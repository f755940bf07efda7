using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Grains;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Live;

/// <summary>What leaders read: the board of all provinces, one province, and an indicator's history.</summary>
public static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Board").RequireAuthorization(KpiPolicies.Read).RequireRateLimiting(RateLimitPolicies.Read)
            .ProducesGuardProblems();
        api.MapGet("/indicators", GetIndicators).WithSummary("The built-in indicators and their legal targets.");
        api.MapGet("/board", GetBoard).WithSummary("Every province's figure for one indicator and period (default: ontime, current month).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/provinces", GetProvinces).WithSummary("The 34 provinces and the legacy units they absorbed.");
        api.MapGet("/provinces/{province}", GetProvince).WithSummary("One province's figures for every indicator in a period (default: current month).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/provinces/{province}/indicators/{indicator}/history", GetHistory)
            .WithSummary("One indicator's figures for the last periods of a kind (month, quarter, half-year, year), oldest first.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Ok<IReadOnlyList<IndicatorInfo>> GetIndicators() =>
        TypedResults.Ok<IReadOnlyList<IndicatorInfo>>(Indicators.All.Select(i => new IndicatorInfo(
            i.Id, i.NameVi, i.NameEn, EnumText<IndicatorKind>.Of(i.Kind), i.DefaultTargets)).ToList());

    private static async Task<Results<Ok<Board>, ProblemHttpResult>> GetBoard(string? indicator, string? period, IGrainFactory grains, TimeProvider clock)
    {
        if (!TryResolve(indicator ?? Indicators.OnTimeId, period, clock, out var found, out var when, out var problem))
        {
            return problem;
        }

        var readings = await grains.ReadingsAsync(IndicatorGrains.Keys(ProvinceCatalog.Vietnam.All, [found]), when);
        var available = readings.OfType<IndicatorReading>().ToList();
        var unavailable = ProvinceCatalog.Vietnam.All.Where((_, i) => readings[i] is null).Select(p => p.Code).ToList();
        var summary = Enum.GetValues<TargetStatus>().ToDictionary(EnumText<TargetStatus>.Of, s => available.Count(r => r.Status == s));
        return TypedResults.Ok(new Board(found.Id, when.ToString(), summary, available, unavailable));
    }

    private static Ok<IReadOnlyList<Province>> GetProvinces() => TypedResults.Ok(ProvinceCatalog.Vietnam.All);

    private static async Task<Results<Ok<ProvinceFigures>, ProblemHttpResult>> GetProvince(string province, string? period, IGrainFactory grains, TimeProvider clock)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var found))
        {
            return Problems.NotFound("province", $"'{province}' is not a province");
        }

        if (!TryResolve(Indicators.OnTimeId, period, clock, out _, out var when, out var problem))
        {
            return problem;
        }

        var readings = await grains.ReadingsAsync(IndicatorGrains.Keys([found], Indicators.All), when);
        var unavailable = Indicators.All.Where((_, i) => readings[i] is null).Select(i => i.Id).ToList();
        return TypedResults.Ok(new ProvinceFigures(found, when.ToString(), readings.OfType<IndicatorReading>().ToList(), unavailable));
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorReading>>, ProblemHttpResult>> GetHistory(
        string province, string indicator, string? kind, int? count, string? until, IGrainFactory grains, TimeProvider clock, HttpResponse response)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var foundProvince))
        {
            return Problems.NotFound("province", $"'{province}' is not a province");
        }

        var periodKind = PeriodKind.Month;
        if (kind is not null && !EnumText<PeriodKind>.TryParse(kind, out periodKind))
        {
            return Problems.BadField("kind", $"'{kind}' is not one of {string.Join(", ", EnumText<PeriodKind>.All)}");
        }

        if (count is < 1 or > 120)
        {
            return Problems.BadField("count", "must be between 1 and 120");
        }

        if (!TryResolve(indicator, until, clock, out var foundIndicator, out var last, out var problem, periodKind, periodField: "until"))
        {
            return problem;
        }

        if (last.Kind != periodKind)
        {
            return Problems.BadField("until", $"'{until}' is not a {EnumText<PeriodKind>.Of(periodKind)}");
        }

        try
        {
            var history = await grains.Indicator(foundProvince.Code, foundIndicator.Id).GetHistoryAsync(last, count ?? 12);
            return TypedResults.Ok(history);
        }
        catch (IndicatorUnavailableException e)
        {
            return Problems.Unavailable(response, e.Message);
        }
    }

    private static bool TryResolve(
        string indicatorId, string? period, TimeProvider clock,
        out Indicator indicator, out ReportingPeriod when, out ProblemHttpResult problem, PeriodKind defaultKind = PeriodKind.Month,
        string periodField = "period")
    {
        problem = null!;
        when = ReportingPeriod.Containing(VietnamTime.DateOf(clock.GetUtcNow()), defaultKind);
        if (!Indicators.TryFind(indicatorId, out indicator!))
        {
            problem = Problems.NotFound("indicator", $"'{indicatorId}' is not one of {string.Join(", ", Indicators.All.Select(i => i.Id))}");
            return false;
        }

        if (period is not null && !ReportingPeriod.TryParse(period, out when))
        {
            // Named after the query parameter the caller used: "period" on the board, "until" on a history.
            problem = Problems.BadField(periodField, $"'{period}' is not a period from {DateWindow.FirstYear} to {DateWindow.LastYear}: use 2026-11, 2026-Q4, 2026-H1 or 2026");
            return false;
        }

        return true;
    }
}

public sealed record IndicatorInfo(string Id, string NameVi, string NameEn, string Kind, IReadOnlyList<Target> Targets);

/// <summary>
/// The board: every province's reading and how many provinces are in each status; provinces whose figures cannot be
/// read right now are listed in <see cref="Unavailable"/> instead.
/// </summary>
public sealed record Board(
    string Indicator, string Period, IReadOnlyDictionary<string, int> Summary, IReadOnlyList<IndicatorReading> Provinces, IReadOnlyList<string> Unavailable);

/// <summary>One province's readings; indicators whose figures cannot be read right now are listed in <see cref="Unavailable"/>.</summary>
public sealed record ProvinceFigures(Province Province, string Period, IReadOnlyList<IndicatorReading> Indicators, IReadOnlyList<string> Unavailable);
