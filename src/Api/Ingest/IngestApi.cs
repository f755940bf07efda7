using KpiActors.Silo.Facts;
using System.Globalization;
using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Domain.Wire;
using KpiActors.Silo.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Where facts come in. Every request is one batch: all of it is stored, or none of it with a problem
/// that lists each bad row. The answer comes once the batch is durable and on the board.
/// </summary>
public static class IngestApi
{
    /// <summary>A bad row or body, a body or batch too large, a Content-Type none of the three formats.</summary>
    private static readonly int[] Refusals =
        [StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType];

    /// <summary>What every write accepts, as README's "What the API accepts" states it, for the OpenAPI document.</summary>
    private static readonly string Bounds =
        $"Counts are whole numbers from 0 to {CountBounds.Max.ToString("N0", CultureInfo.InvariantCulture)}. Dates and instants lie between {DateWindow.FirstYear}-01-01 and " +
        $"{DateWindow.LastYear}-12-31, Vietnam time. Text is stored in Unicode NFC and refused with a control character (NUL included), " +
        $"a lone surrogate, a bidirectional override or a noncharacter; at most {FreeText.IdLength} characters for ids and codes, " +
        $"{FreeText.NameLength} for a procedure's name, {FreeText.TextLength} for other text. Bodies are UTF-8; a field given twice, " +
        "also in another case, or an array or object where text is expected, is refused. A refused request stores nothing and " +
        "answers a problem whose errors name the row (from 0) and the field; a body or batch over the limits answers 413.";

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Ingest").RequireAuthorization(KpiPolicies.Write).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems().WithDescription(Bounds);

        api.MapPost("/dossiers", PostDossiers)
            .WithSummary("Dossier events: a JSON array, NDJSON, or a spreadsheet (CSV with , or ;, xlsx; Vietnamese headers). Outcomes are derived from the dates.")
            .Accepts<DossierEvent[]>(IngestBody.Json, IngestBody.NdJson, IngestBody.Csv, IngestBody.Xlsx)
            .ProducesProblems(Refusals);
        api.MapPost("/edoc-counts", PostEDocCounts)
            .WithSummary("Monthly e-document counts per agency, level and direction.")
            .Accepts<EDocCount[]>(IngestBody.Json, IngestBody.NdJson, IngestBody.Csv)
            .ProducesProblems(Refusals);
        api.MapPut("/provinces/{province}/procedures", (string province, HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken ct)
                => PostProcedures(province, replace: true, request, user, pipeline, options, ct))
            .WithSummary("Replaces a province's whole procedure catalogue: procedures not listed are removed.")
            .Accepts<ProcedureEntry[]>(IngestBody.Json, IngestBody.NdJson, IngestBody.Csv)
            .ProducesProblems([.. Refusals, StatusCodes.Status404NotFound]);
        api.MapPost("/provinces/{province}/procedures", (string province, HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken ct)
                => PostProcedures(province, replace: false, request, user, pipeline, options, ct))
            .WithSummary("Adds or updates procedures of a province's catalogue.")
            .Accepts<ProcedureEntry[]>(IngestBody.Json, IngestBody.NdJson, IngestBody.Csv)
            .ProducesProblems([.. Refusals, StatusCodes.Status404NotFound]);
        return app;
    }

    private static async Task<Results<Ok<IngestReceipt>, ProblemHttpResult>> PostDossiers(
        HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, SqlProvinceMappings mappings, TimeProvider clock, IOptions<IngestOptions> options,
        CancellationToken ct)
    {
        var provinces = await DossierProvincesForAsync(request, mappings, ct);
        return Answer(await AttemptAsync(request, user, pipeline, options.Value, ReadDossiersAsync,
            (rows, errors) => provinces.Read(rows, user, clock.GetUtcNow(), errors), null, ct));
    }

    /// <summary>A spreadsheet may leave the province to the key or an admin's mappings; the API's own formats always name it.</summary>
    internal static async Task<DossierProvinces> DossierProvincesForAsync(HttpRequest request, SqlProvinceMappings mappings, CancellationToken ct) =>
        request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() is IngestBody.Csv or IngestBody.Xlsx
            ? new DossierProvinces(await mappings.ListAsync(ct))
            : DossierProvinces.None;

    internal static Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors)> ReadDossiersAsync(HttpRequest request, CancellationToken ct) =>
        IngestBody.ReadAsync(request, ct, DossierColumns.Headers);

    private static Task<Results<Ok<IngestReceipt>, ProblemHttpResult>> PostEDocCounts(
        HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, TimeProvider clock, IOptions<IngestOptions> options, CancellationToken ct) =>
        IngestAsync(request, user, pipeline, options.Value, (rows, errors) => EDocCountRows.Read(rows, clock.GetUtcNow(), errors), null, ct);

    private static async Task<Results<Ok<IngestReceipt>, ProblemHttpResult>> PostProcedures(
        string province, bool replace, HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken ct)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var found))
        {
            return Problems.NotFound("province", $"'{province}' is not a province");
        }

        return await IngestAsync(request, user, pipeline, options.Value, (rows, errors) => ProcedureRows.Read(found.Code, rows, errors),
            replace ? found.Code : null, ct);
    }

    private static async Task<Results<Ok<IngestReceipt>, ProblemHttpResult>> IngestAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IngestPipeline pipeline,
        IngestOptions options,
        Func<IReadOnlyList<IngestRow>, List<RowRefusal>, IReadOnlyList<IFact>> toFacts,
        string? replacesCatalogueOf,
        CancellationToken ct) =>
        Answer(await AttemptAsync(request, user, pipeline, options, (r, c) => IngestBody.ReadAsync(r, c), toFacts, replacesCatalogueOf, ct));

    private static Results<Ok<IngestReceipt>, ProblemHttpResult> Answer(IngestAttempt attempt) => attempt.Refusal switch
    {
        null => TypedResults.Ok(attempt.Receipt),
        { Status: StatusCodes.Status413PayloadTooLarge } refusal => Problems.TooLarge(refusal.Detail),
        { Status: StatusCodes.Status403Forbidden } refusal => Problems.ForbiddenProvinces(refusal.Provinces),
        var refusal => Problems.BadRows(refusal.Errors.Select(e => e.InEnglish).ToList()),
    };

    /// <summary>
    /// The one way a batch goes in, whatever its format: read within the request's limits, checked whole, the key's
    /// provinces checked, then stored all or nothing. Each endpoint answers the attempt in its own style.
    /// </summary>
    internal static async Task<IngestAttempt> AttemptAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IngestPipeline pipeline,
        IngestOptions options,
        Func<HttpRequest, CancellationToken, Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors)>> read,
        Func<IReadOnlyList<IngestRow>, List<RowRefusal>, IReadOnlyList<IFact>> toFacts,
        string? replacesCatalogueOf,
        CancellationToken ct)
    {
        var (rows, refusal) = await ReadWithinLimitsAsync(request, options, read, options.MaxRowsPerRequest, ct);
        if (refusal is not null)
        {
            return new IngestAttempt(rows, null, refusal);
        }

        var errors = new List<RowRefusal>();
        var facts = toFacts(rows, errors);
        if (errors.Count > 0)
        {
            return new IngestAttempt(rows, null, IngestRefusal.BadRows(errors.OrderBy(e => e.Index).ToList()));
        }

        var forbidden = facts.Select(f => f.Province).Append(replacesCatalogueOf).OfType<string>().Distinct().Where(p => !user.MayWrite(p)).ToList();
        if (forbidden.Count > 0)
        {
            return new IngestAttempt(rows, null, new IngestRefusal(StatusCodes.Status403Forbidden, "", [], forbidden));
        }

        var outcome = await pipeline.SubmitAsync(new FactBatch(facts, replacesCatalogueOf), ct);
        return new IngestAttempt(rows, new IngestReceipt(rows.Count, outcome.Changed, outcome.Unchanged), null);
    }

    /// <summary>The body's rows, or why they cannot be taken: too many bytes or rows (413), or a body that does not read (400).</summary>
    internal static async Task<(IReadOnlyList<IngestRow> Rows, IngestRefusal? Refusal)> ReadWithinLimitsAsync(
        HttpRequest request,
        IngestOptions options,
        Func<HttpRequest, CancellationToken, Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors)>> read,
        int maxRows,
        CancellationToken ct)
    {
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        if (request.ContentLength > options.MaxRequestBytes)
        {
            return ([], IngestRefusal.TooLarge($"The body has {request.ContentLength} bytes; at most {options.MaxRequestBytes} are accepted."));
        }

        IReadOnlyList<IngestRow> rows;
        try
        {
            var (bodyRows, bodyErrors) = await read(request, ct);
            if (bodyErrors.Count > 0)
            {
                return ([], IngestRefusal.BadRows(bodyErrors));
            }

            rows = bodyRows;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], IngestRefusal.TooLarge($"The body is larger than {options.MaxRequestBytes} bytes."));
        }

        return rows.Count > maxRows
            ? ([], IngestRefusal.TooLarge($"The batch has {rows.Count} rows; at most {maxRows} are accepted in one request: send it in batches " +
                "(the board's Nhập dữ liệu page splits a file into batches itself)."))
            : (rows, null);
    }
}

/// <summary>The rows one request carried and what it did, or why it was refused; nothing was stored when it was refused.</summary>
internal sealed record IngestAttempt(IReadOnlyList<IngestRow> Rows, IngestReceipt? Receipt, IngestRefusal? Refusal);

/// <summary>Why a request was refused: its HTTP status, and the rows and fields, or the provinces, at fault.</summary>
internal sealed record IngestRefusal(int Status, string Detail, IReadOnlyList<RowRefusal> Errors, IReadOnlyList<string> Provinces)
{
    public static IngestRefusal BadRows(IReadOnlyList<RowRefusal> errors) => new(StatusCodes.Status400BadRequest, "", errors, []);

    public static IngestRefusal TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, detail, [], []);
}

/// <summary>What a batch did: rows received, facts that changed a figure or record, exact repeats that changed nothing.</summary>
public sealed record IngestReceipt(int Rows, int Changed, int Unchanged);
