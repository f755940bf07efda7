using System.Globalization;
using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Targets;

/// <summary>Province targets that replace the legal defaults: admin only.</summary>
public static class TargetsApi
{
    /// <summary>A decision's number and title, e.g. "Quyết định 766/QĐ-TTg ...", with room to spare.</summary>
    public const int MaxSourceLength = 500;

    public static IEndpointRouteBuilder MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/targets").WithTags("Admin").RequireAuthorization(KpiPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems();
        api.MapGet("/", ListTargets).WithSummary("Province targets that replace the legal defaults.");
        api.MapPut("/{province}/{indicator}", SetTarget).WithSummary("Sets a province's own target for an indicator; its figures are judged by it at once.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapDelete("/{province}/{indicator}", RemoveTarget).WithSummary("Returns a province to the legal default targets.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ProvinceTarget>>> ListTargets(SqlTargetStore targets, CancellationToken ct) =>
        TypedResults.Ok(await targets.ListAsync(ct));

    private static async Task<Results<Ok<ProvinceTarget>, ProblemHttpResult>> SetTarget(
        string province, string indicator, NewTarget request, SqlTargetStore targets, IGrainFactory grains, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken ct)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var foundProvince))
        {
            return Problems.NotFound("province", $"'{province}' is not a province");
        }

        if (!Indicators.TryFind(indicator, out var foundIndicator))
        {
            return Problems.NotFound("indicator", $"'{indicator}' is not an indicator");
        }

        var errors = new List<RowError>();
        if (request.Value is not (>= 0 and <= 1))
        {
            errors.Add(new(null, "value", "is a share between 0 and 1, e.g. 0.95"));
        }

        DateOnly? deadline = null;
        if (request.Deadline is not null)
        {
            if (!DateOnly.TryParseExact(request.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(new(null, "deadline", $"'{request.Deadline}' is not a date like 2027-06-30"));
            }
            else if (!DateWindow.Contains(day))
            {
                errors.Add(new(null, "deadline", $"'{request.Deadline}' is outside the dates this system keeps: {DateWindow.Describe}"));
            }
            else
            {
                deadline = day;
            }
        }

        string? source = null;
        if (string.IsNullOrWhiteSpace(request.Source))
        {
            errors.Add(new(null, "source", "is required: the decision or plan that sets this target"));
        }
        else if ((source = FreeText.Normalize(request.Source.Trim(), MaxSourceLength, out var reason)) is null)
        {
            errors.Add(new(null, "source", reason!));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var target = new ProvinceTarget(foundProvince.Code, foundIndicator.Id, new Target(request.Value!.Value, deadline, source!), user.Who(), clock.GetUtcNow());
        await targets.SetAsync(target, ct);
        await grains.Indicator(target.Province, target.Indicator).TargetChangedAsync();
        return TypedResults.Ok(target);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveTarget(
        string province, string indicator, SqlTargetStore targets, IGrainFactory grains, CancellationToken ct)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var foundProvince) || !Indicators.TryFind(indicator, out var foundIndicator) ||
            !await targets.RemoveAsync(foundProvince.Code, foundIndicator.Id, ct))
        {
            return Problems.NotFound("target", $"{province} has no target of its own for '{indicator}'");
        }

        await grains.Indicator(foundProvince.Code, foundIndicator.Id).TargetChangedAsync();
        return TypedResults.NoContent();
    }
}

public sealed record NewTarget(double? Value, string? Deadline, string? Source);
