using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Alerts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Alerts;

/// <summary>Silences: a viewer or admin mutes a province, an indicator or both until a time, with a reason.</summary>
public static class SilencesApi
{
    /// <summary>Longer than a year is not a silence but a target to change.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(366);

    public static RouteGroupBuilder MapSilencesApi(this RouteGroupBuilder alerts)
    {
        var api = alerts.MapGroup("/silences");
        api.MapGet("/", ListSilences).RequireAuthorization(KpiPolicies.Read).RequireRateLimiting(RateLimitPolicies.Read)
            .WithSummary("Silences, newest first, with who made them and why; active=true for those muting now.");
        api.MapPost("/", AddSilence).RequireAuthorization(KpiPolicies.Acknowledge).RequireRateLimiting(RateLimitPolicies.Write)
            .WithSummary("Mutes the alerts of a province, an indicator or both until endsAt: still recorded and shown, never sent.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        api.MapDelete("/{id:long}", EndSilence).RequireAuthorization(KpiPolicies.Acknowledge).RequireRateLimiting(RateLimitPolicies.Write)
            .WithSummary("Ends a silence now; it stays listed with who ended it.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return alerts;
    }

    private static async Task<Ok<IReadOnlyList<Silence>>> ListSilences(bool? active, SqlSilenceStore silences, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await silences.ListAsync(active == true ? clock.GetUtcNow() : null, ct));

    private static async Task<Results<Created<Silence>, ProblemHttpResult>> AddSilence(
        NewSilence request, ClaimsPrincipal user, SqlSilenceStore silences, IGrainFactory grains, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new List<RowError>();
        string? province = null;
        if (request.Province is not null)
        {
            if (ProvinceCatalog.Vietnam.TryFind(request.Province, out var found))
            {
                province = found.Code;
            }
            else
            {
                errors.Add(new(null, "province", $"'{request.Province}' is not a province"));
            }
        }

        string? indicator = null;
        if (request.Indicator is not null)
        {
            if (Indicators.TryFind(request.Indicator, out var found))
            {
                indicator = found.Id;
            }
            else
            {
                errors.Add(new(null, "indicator", $"'{request.Indicator}' is not an indicator"));
            }
        }

        if (request.Province is null && request.Indicator is null)
        {
            errors.Add(new(null, "province", "or indicator is required: a silence mutes a province, an indicator or both"));
        }

        var endsAt = EndsAt(request.EndsAt);
        if (endsAt is null)
        {
            errors.Add(new(null, "endsAt", "is required: a date-time such as 2026-12-02T17:00:00+07:00 (Vietnam time without an offset)"));
        }
        else if (endsAt <= now || endsAt - now > Longest)
        {
            errors.Add(new(null, "endsAt", $"must be after now and at most {Longest.TotalDays:0} days away"));
        }

        string? reason = null;
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new(null, "reason", "is required: why these alerts may stay unsent"));
        }
        else if ((reason = FreeText.Normalize(request.Reason.Trim(), FreeText.TextLength, out var refusal)) is null)
        {
            errors.Add(new(null, "reason", refusal!));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var silence = await silences.AddAsync(province, indicator, endsAt!.Value, reason!, user.Who(), now, ct);
        await PublishAsync(silences, grains, now, ct);
        return TypedResults.Created($"/api/v1/alerts/silences/{silence.Id}", silence);
    }

    private static async Task<Results<Ok<Silence>, ProblemHttpResult>> EndSilence(
        long id, ClaimsPrincipal user, SqlSilenceStore silences, IGrainFactory grains, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await silences.EndAsync(id, user.Who(), now, ct) is not { } silence)
        {
            return Problems.NotFound("id", $"there is no silence {id}");
        }

        await PublishAsync(silences, grains, now, ct);
        return TypedResults.Ok(silence);
    }

    private static DateTimeOffset? EndsAt(string? text) => text is not null && DateWindow.TryParseDateTime(text, out var at) ? at : null;

    private static async Task PublishAsync(SqlSilenceStore silences, IGrainFactory grains, DateTimeOffset now, CancellationToken ct) =>
        await grains.GetGrain<IBoardNotifierGrain>(0).PublishSilencesAsync(await silences.ListAsync(now, ct));
}

/// <summary>What mutes: a province, an indicator, or both; until when (an instant with its offset); and why.</summary>
public sealed record NewSilence(string? Province, string? Indicator, string? EndsAt, string? Reason);
