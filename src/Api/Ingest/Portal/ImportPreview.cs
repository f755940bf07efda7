using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Domain.Wire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// POST /api/v1/dossiers/preview: a whole file read and checked as POST /api/v1/dossiers would, storing nothing. The
/// board's import page shows its first rows and its errors, then sends the dossiers as the API's own JSON in batches
/// within the request limits, so that a file of 100,000 rows goes in with progress, each batch all or nothing.
/// </summary>
public static class ImportPreview
{
    public static IEndpointRouteBuilder MapImportPreview(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Ingest").RequireAuthorization(KpiPolicies.Write).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems()
            .MapPost("/dossiers/preview", Preview)
            .WithSummary("Reads a whole file (CSV with , or ;, xlsx, JSON, NDJSON) as POST /api/v1/dossiers would, storing nothing: its dossiers " +
                "as the API's own JSON, ready to send in batches, and every refused row with its reason in English and Vietnamese.")
            .Accepts<DossierEvent[]>(IngestBody.Json, IngestBody.NdJson, IngestBody.Csv, IngestBody.Xlsx)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<PreviewedFile>, ProblemHttpResult>> Preview(
        HttpRequest request, ClaimsPrincipal user, SqlProvinceMappings mappings, TimeProvider clock, IOptions<IngestOptions> options, CancellationToken ct)
    {
        var provinces = await IngestApi.DossierProvincesForAsync(request, mappings, ct);
        var (rows, refusal) = await IngestApi.ReadWithinLimitsAsync(request, options.Value, IngestApi.ReadDossiersAsync, options.Value.MaxRowsPerFile, ct);
        if (refusal is { Status: StatusCodes.Status413PayloadTooLarge })
        {
            return Problems.TooLarge(refusal.Detail);
        }

        var errors = refusal?.Errors.ToList() ?? [];
        var facts = refusal is null ? provinces.Read(rows, user, clock.GetUtcNow(), errors) : [];
        var forbidden = facts.Select(f => f.Province).Distinct().Where(p => !user.MayWrite(p)).ToList();
        if (forbidden.Count > 0)
        {
            errors.Add(new RowRefusal(null, "province", Refusal.KeyMayNotWriteFor(forbidden)));
        }

        return TypedResults.Ok(new PreviewedFile(
            rows.Count,
            errors.Count > 0 ? [] : facts.Select(Wire).ToList(),
            errors.OrderBy(e => e.Index).Select(e => new PreviewError(e.Index, e.SheetRow, e.Field, e.Refusal.English, e.Refusal.Vietnamese)).ToList()));
    }

    /// <summary>A fact as the API's own JSON row, instants in Vietnam time to the tick, so that sending it stores exactly this fact.</summary>
    private static DossierEvent Wire(DossierFact fact) => new(
        fact.Province, fact.DossierId, Instant(fact.ReceivedAt), Instant(fact.DueAt), fact.ResolvedAt is { } resolved ? Instant(resolved) : null,
        EnumText<DossierStatus>.Of(fact.Status), EnumText<Channel>.Of(fact.Channel), EnumText<AdministrativeLevel>.Of(fact.Level), fact.ProcedureCode);

    private static string Instant(DateTimeOffset instant) =>
        instant.ToOffset(VietnamTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}

/// <summary>A file as it will be read: its rows, the dossiers ready to send (none while any row is refused), and every refusal.</summary>
public sealed record PreviewedFile(int Rows, IReadOnlyList<DossierEvent> Dossiers, IReadOnlyList<PreviewError> Errors);

/// <summary>A refused row: its index (from 0) and row in the sheet, the header it names, why in English and in Vietnamese.</summary>
public sealed record PreviewError(
    int? Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SheetRow,
    string Field,
    string Reason,
    string Vietnamese);
