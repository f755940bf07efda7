namespace KpiActors.Api.Shared;

/// <summary>
/// The refusals an endpoint can answer, as the OpenAPI document lists them: every one an RFC 7807 problem
/// (application/problem+json), so that integrators see more than the 200.
/// </summary>
public static class ProblemResponses
{
    /// <summary>What a guarded group answers before any handler runs: no or unknown key (401), a role it lacks (403), too many requests (429).</summary>
    public static RouteGroupBuilder ProducesGuardProblems(this RouteGroupBuilder group) =>
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }
}
