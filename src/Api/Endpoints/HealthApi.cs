using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KpiActors.Api.Endpoints;

public static class HealthApi
{
    /// <summary>/health: the process answers. /health/ready: storage answers too.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
