using KpiActors.Silo;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// Dossiers as one-stop systems already send them: the national portal's sync and offices' spreadsheets, placed in
/// their province by the key or an admin's mappings, and previewed for the board's import page.
/// </summary>
public static class PortalFeature
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddSchemaPart(PortalSchema.Part);
        builder.Services.AddSingleton<SqlProvinceMappings>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app) =>
        app.MapPortalSync().MapImportPreview().MapProvinceMappingsApi();
}
