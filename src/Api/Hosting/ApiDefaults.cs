using System.Text.Json;
using System.Text.Json.Serialization;
using KpiActors.Api.Ingest;
using KpiActors.Domain.Wire;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KpiActors.Api.Hosting;

/// <summary>What every endpoint shares: JSON, RFC 7807 problems for every refusal, the OpenAPI document, the board's files.</summary>
public static class ApiDefaults
{
    public static WebApplicationBuilder AddApiDefaults(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The host's stop deadline bounds the silo's: give the silo time to drain and write every snapshot.
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(90));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));

            // "name" twice, or "name" and "Name", is a body whose meaning depends on which one wins: refused, not guessed.
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Routing refuses a Content-Type the ingest endpoints do not accept before they run; say which ones they do.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= $"Send {IngestBody.Json}, {IngestBody.NdJson}, {IngestBody.Csv} or {IngestBody.Xlsx}.";
            }

            // A path no endpoint has (an alert id that is not a number, a typo) still says what was not found.
            if (context.ProblemDetails.Status == StatusCodes.Status404NotFound)
            {
                context.ProblemDetails.Detail ??= $"No endpoint answers {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}.";
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
        services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "KPI Actors API";
                document.Info.Description = "Facts in (dossier events, e-document counts, procedure catalogues), live KPI figures out.";
                return Task.CompletedTask;
            })
            .AddSchemaTransformer(DescribeWireShapeAsync));
        return builder;
    }

    /// <summary>
    /// A wire shape (<see cref="DossierEvent"/> and its neighbours) as the API reads it: every field that cannot be null is
    /// required, and none has a default. The records' constructor defaults serve the code that writes rows (the tests,
    /// the simulator); the API fills in nothing that a JSON row leaves out.
    /// </summary>
    private static Task DescribeWireShapeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type.Namespace == typeof(DossierEvent).Namespace && schema.Properties is { } properties)
        {
            foreach (var property in properties.Values.OfType<OpenApiSchema>())
            {
                property.Default = null;
            }

            schema.Required = properties.Where(p => p.Value.Type is { } type && !type.HasFlag(JsonSchemaType.Null)).Select(p => p.Key).ToHashSet();
        }

        return Task.CompletedTask;
    }

    public static WebApplication UseApiDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBoardAssets();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "KPI Actors v1");
            options.RoutePrefix = "api/docs";
            options.DocumentTitle = "KPI Actors API";
        });

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("Board: {Url}/  API: {Url}/api/docs", url, url);
            }
        });
        return app;
    }
}
