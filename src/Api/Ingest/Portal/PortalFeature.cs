namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// Dossiers as one-stop systems already send them: the national portal's sync, and offices' files previewed for the
/// board's import page; both go in as the ingest feature's own rows.
/// </summary>
public static class PortalFeature
{
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app) =>
        app.MapPortalSync().MapImportPreview();
}
