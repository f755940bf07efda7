using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using KpiActors.Api.Auth;
using KpiActors.Api.Endpoints;
using KpiActors.Api.Ingest;
using KpiActors.Api.Live;
using KpiActors.Api.Targets;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo;
using KpiActors.Silo.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Hosting;

/// <summary>All of the host's wiring, so that Program.cs stays a table of contents.</summary>
public static class KpiActorsHostExtensions
{
    public static WebApplicationBuilder AddKpiActors(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);

        // The host's stop deadline bounds the silo's: give the silo time to drain and write every snapshot.
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(90));
        services.AddKpiStorage(configuration);
        services.AddSingleton<SqlFactStore>();
        services.AddSingleton<SqlTargetStore>();
        services.AddSingleton<SqlApiKeyStore>();
        services.AddSingleton<IDeltaLog, SqlDeltaLog>();

        // Hosted services start in this order and stop in the reverse: the schema first; ingest drains
        // before the silo writes its last snapshots.
        services.AddSingleton<TargetPlans>();
        services.AddSingleton<ITargetPlans>(sp => sp.GetRequiredService<TargetPlans>());
        services.AddHostedService(sp => sp.GetRequiredService<TargetPlans>());
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.AddHostedService<AdminKeyBootstrap>();
        services.AddSilo(options => configuration.GetSection("Silo").Bind(options), typeof(IndicatorGrain).Assembly);
        services.Configure<IndicatorGrainOptions>(configuration.GetSection("Grains"));
        services.AddSingleton(configuration.GetSection("Status").Get<StatusPolicy>() ?? StatusPolicy.Default);
        services.Configure<IngestOptions>(configuration.GetSection("Ingest"));
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());

        services.AddSingleton<SqlAlertStore>();
        services.Configure<BoardOptions>(configuration.GetSection("Board"));
        services.AddSingleton<BoardNotifier>();
        services.AddSingleton<IIndicatorObserver>(sp => sp.GetRequiredService<BoardNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<BoardNotifier>());
        services.AddSignalR().AddJsonProtocol(options =>
            options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));

        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Routing refuses a Content-Type the ingest endpoints do not accept before they run; say which ones they do.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= $"Send {IngestBody.Json}, {IngestBody.NdJson} or {IngestBody.Csv}.";
            }

            // A query or JSON body that does not bind (count=abc, "value": "high") names the parameter and the JSON path.
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            }
        });

        // Binding failures are the caller's fault in every environment: a 400 problem, never a 500, and not a bare 400
        // without a body outside Development (where the framework would not throw them).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

            // A caller's bad request is not the server's error: keep it out of the error log.
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "KPI Actors API";
            document.Info.Description = "Facts in (dossier events, e-document counts, procedure catalogues), live KPI figures out.";
            return Task.CompletedTask;
        }));
        AddSecurity(services, configuration);
        return builder;
    }

    public static WebApplication UseKpiActors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBoardAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "KPI Actors v1");
            options.RoutePrefix = "api/docs";
            options.DocumentTitle = "KPI Actors API";
        });

        var auth = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var database = app.Services.GetRequiredService<Database>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LogInformation("Storage: {Database}", database.Describe());
            if (auth.AnonymousRead)
            {
                app.Logger.LogWarning("Auth:AnonymousRead is on: anyone who reaches this address can read the board (writes still need a key)");
            }

            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("Board: {Url}/  API: {Url}/api/docs", url, url);
            }
        });
        return app;
    }

    /// <summary>The handler's result is kept per request, so asking again costs nothing.</summary>
    private static async Task<bool> KeyWasRefusedAsync(object? resource) => (resource switch
    {
        HttpContext http => http,
        HubInvocationContext invocation => invocation.Context.GetHttpContext(),
        _ => null,
    }) is { } context && (await context.AuthenticateAsync()).Failure is not null;

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyCache>();
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
    }

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
