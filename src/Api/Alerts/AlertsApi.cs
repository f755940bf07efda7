using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Grains;
using KpiActors.Silo.Alerts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Alerts;

/// <summary>Alerts: listed newest first, acknowledged by a viewer or admin (who and when is kept); silences.</summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/alerts").WithTags("Alerts").ProducesGuardProblems();
        api.MapGet("/", ListAlerts).RequireAuthorization(KpiPolicies.Read).RequireRateLimiting(RateLimitPolicies.Read)
            .WithSummary("Alerts, newest first, each with its state (pending, firing, resolved); open=true for those not yet acknowledged.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        api.MapPost("/{id:long}/acknowledge", Acknowledge).RequireAuthorization(KpiPolicies.Acknowledge).RequireRateLimiting(RateLimitPolicies.Write)
            .WithSummary("Acknowledges an alert; every board sees it at once.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        api.MapSilencesApi();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<Alert>>, ProblemHttpResult>> ListAlerts(bool? open, int? limit, SqlAlertStore alerts, CancellationToken ct)
    {
        if (limit is < 1 or > 1000)
        {
            return Problems.BadField("limit", "must be between 1 and 1000");
        }

        return TypedResults.Ok(await alerts.ListAsync(open == true, limit ?? 100, ct));
    }

    private static async Task<Results<Ok<Alert>, ProblemHttpResult>> Acknowledge(
        long id, ClaimsPrincipal user, SqlAlertStore alerts, IGrainFactory grains, TimeProvider clock, CancellationToken ct)
    {
        var alert = await alerts.AcknowledgeAsync(id, user.Who(), clock.GetUtcNow(), ct);
        if (alert is null)
        {
            return Problems.NotFound("id", $"there is no alert {id}");
        }

        await grains.GetGrain<IBoardNotifierGrain>(0).PublishAlertAsync(alert);
        return TypedResults.Ok(alert);
    }
}
