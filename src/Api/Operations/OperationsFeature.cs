using KpiActors.Silo.Facts;
using System.Net;
using KpiActors.Api.Auth;
using KpiActors.Api.Hosting;
using KpiActors.Api.Ingest;
using KpiActors.Silo.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;

namespace KpiActors.Api.Operations;

/// <summary>
/// What operators watch: health (/health, /health/ready), Orleans' dashboard (/dashboard, admin key) and metrics in
/// Prometheus' text format (/metrics, admin key or a scraper on this machine).
/// </summary>
public static class OperationsFeature
{
    private const string Scrape = "scrape";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(IngestMetrics.MeterName, FactStoreMetrics.MeterName)
            .AddMeter("Microsoft.Orleans")
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections")
            .AddPrometheusExporter());
        builder.Services.AddAuthorizationBuilder().AddPolicy(Scrape, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(KpiRoles.Admin) || (context.Resource is HttpContext http && IsLoopback(http))));
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // /health: the process answers. /health/ready: storage answers and this node is an active cluster member.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteReadinessAsync,
        }).AllowAnonymous();
        app.UseDashboardSignIn();
        app.MapInBackground(endpoints =>
        {
            endpoints.MapOrleansDashboard(routePrefix: DashboardSignIn.Path).RequireAuthorization(KpiPolicies.Admin);
            endpoints.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Scrape);
        });
        return app;
    }

    /// <summary>
    /// The overall status and each check's by name, so that a node that is not ready says whether its storage or its
    /// cluster membership is why. Not the checks' descriptions: they name the database's host or file, and this probe
    /// answers anyone; the health check service logs them.
    /// </summary>
    private static Task WriteReadinessAsync(HttpContext http, HealthReport report) => http.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
    });

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) && !http.Request.Headers.ContainsKey("X-Forwarded-For");
}
