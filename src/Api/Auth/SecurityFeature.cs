using System.Security.Claims;
using System.Threading.RateLimiting;
using KpiActors.Api.Shared;
using KpiActors.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Auth;

/// <summary>API keys (stored hashed, with a role and, for offices, provinces), the policies built on them, and rate limits.</summary>
public static class SecurityFeature
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.AddSchemaPart(KeysSchema.Part);
        services.AddSingleton<SqlApiKeyStore>();
        services.AddSingleton<ApiKeyCache>();
        services.AddHostedService<AdminKeyBootstrap>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var anonymousRead = configuration.GetValue<bool>("Auth:AnonymousRead");
        services.AddAuthorizationBuilder()
            .AddPolicy(KpiPolicies.Read, policy =>
            {
                if (anonymousRead)
                {
                    // Reading needs no key, but a key that was sent must be valid: whoever mistyped it is told so.
                    policy.RequireAssertion(async context => !await KeyWasRefusedAsync(context.Resource));
                }
                else
                {
                    policy.RequireRole(KpiRoles.All);
                }
            })
            .AddPolicy(KpiPolicies.Write, policy => policy.RequireRole(KpiRoles.Office, KpiRoles.Admin))
            .AddPolicy(KpiPolicies.Admin, policy => policy.RequireRole(KpiRoles.Admin))
            .AddPolicy(KpiPolicies.Acknowledge, policy => policy.RequireRole(KpiRoles.Viewer, KpiRoles.Admin));

        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Write, context => PerCaller(context, limits.WritesPerSecond));
            options.AddPolicy(RateLimitPolicies.Read, context => PerCaller(context, limits.ReadsPerSecond));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "1";
                // 429 has no default problem type in ASP.NET Core; name RFC 6585's like every other problem names its status.
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    type: "https://tools.ietf.org/html/rfc6585#section-4",
                    detail: "This key (or address) sent more requests than its rate allows; retry after a second. Nothing of the refused request was stored.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.AnonymousRead)
        {
            app.Lifetime.ApplicationStarted.Register(() =>
                app.Logger.LogWarning("Auth:AnonymousRead is on: anyone who reaches this address can read the board (writes still need a key)"));
        }

        return app;
    }

    /// <summary>The handler's result is kept per request, so asking again costs nothing.</summary>
    private static async Task<bool> KeyWasRefusedAsync(object? resource) => (resource switch
    {
        HttpContext http => http,
        HubInvocationContext invocation => invocation.Context.GetHttpContext(),
        _ => null,
    }) is { } context && (await context.AuthenticateAsync()).Failure is not null;

    /// <summary>A token bucket per key, or per address for callers without one: a second's worth of burst.</summary>
    private static RateLimitPartition<string> PerCaller(HttpContext context, int perSecond) =>
        RateLimitPartition.GetTokenBucketLimiter(
            context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perSecond,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
}
