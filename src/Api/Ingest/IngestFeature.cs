namespace KpiActors.Api.Ingest;

/// <summary>Facts in: parsed, checked, and stored by this node's writer with group commit.</summary>
public static class IngestFeature
{
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<IngestOptions>(builder.Configuration.GetSection("Ingest"));
        builder.Services.AddSingleton<IngestPipeline>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        return builder;
    }
}
