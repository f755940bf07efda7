using KpiActors.Silo;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Facts in: parsed, checked, placed in their province (by the key or an admin's mappings where the sender names
/// none), and stored by this node's writer with group commit.
/// </summary>
public static class IngestFeature
{
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        builder.Services.AddSchemaPart(ProvinceMappingsSchema.Part);
        builder.Services.Configure<IngestOptions>(builder.Configuration.GetSection("Ingest"));
        builder.Services.AddSingleton<IngestPipeline>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        builder.Services.AddSingleton<SqlProvinceMappings>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app) =>
        app.MapIngestApi().MapProvinceMappingsApi();
}
