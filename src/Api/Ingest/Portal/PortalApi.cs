using System.Security.Claims;
using System.Text.Json.Serialization;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using Microsoft.Extensions.Options;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// POST /api/v1/dvcqg/DongBoHoSoMC: the national portal's dossier sync, taken as a province's sync adapter already
/// sends it and answered as the portal answers. The dossiers go the one way every batch goes (<see cref="IngestApi"/>):
/// the same facts, all or nothing, a repeat changing nothing.
/// </summary>
public static class PortalApi
{
    /// <summary>Refusals listed in full; a batch with more lists these and counts the rest.</summary>
    private const int ListedErrors = 50;

    public static IEndpointRouteBuilder MapPortalSync(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/dvcqg").WithTags("Ingest").RequireAuthorization(KpiPolicies.Write).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems()
            .MapPost($"/{PortalSync.Service}", Sync)
            .WithSummary("The national public service portal's dossier sync (DongBoHoSoMC): a JSON array of dossiers, bare or in its envelope; " +
                "answers {error_code, message} as the portal does. The province comes from an office key of one province, else from the admin's mappings.")
            .Accepts<PortalEnvelope>(IngestBody.Json)
            .Produces<PortalReply>(StatusCodes.Status200OK)
            .Produces<PortalReply>(StatusCodes.Status400BadRequest)
            .Produces<PortalReply>(StatusCodes.Status403Forbidden)
            .Produces<PortalReply>(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> Sync(
        HttpRequest request, ClaimsPrincipal user, IngestPipeline pipeline, SqlProvinceMappings mappings, TimeProvider clock, IOptions<IngestOptions> options,
        CancellationToken ct)
    {
        var provinces = new DossierProvinces(await mappings.ListAsync(ct));
        var attempt = await IngestApi.AttemptAsync(request, user, pipeline, options.Value, PortalSync.ReadAsync,
            (rows, errors) => provinces.Read(rows, user, clock.GetUtcNow(), errors), null, ct);
        return attempt.Refusal switch
        {
            null => TypedResults.Ok(new PortalReply(PortalReply.Stored,
                $"Đã nhận {attempt.Receipt!.Rows} hồ sơ: {attempt.Receipt.Changed} hồ sơ mới hoặc thay đổi, {attempt.Receipt.Unchanged} hồ sơ không đổi.",
                attempt.Receipt.Rows, attempt.Receipt.Changed, attempt.Receipt.Unchanged)),
            { Status: StatusCodes.Status403Forbidden } refusal => TypedResults.Json(new PortalReply(PortalReply.Forbidden,
                $"Khóa API không được gửi hồ sơ của tỉnh, thành phố {string.Join(", ", refusal.Provinces)}; không hồ sơ nào được lưu."), statusCode: refusal.Status),
            { Status: StatusCodes.Status413PayloadTooLarge } => TypedResults.Json(new PortalReply(PortalReply.TooLarge,
                $"Lô quá lớn: mỗi lần gửi tối đa {options.Value.MaxRowsPerRequest} hồ sơ và {options.Value.MaxRequestBytes / (1024 * 1024)} MB; hãy chia nhỏ lô. " +
                "Không hồ sơ nào được lưu."), statusCode: StatusCodes.Status413PayloadTooLarge),
            var refusal => TypedResults.BadRequest(Refused(refusal.Errors, attempt.Rows)),
        };
    }

    private static PortalReply Refused(IReadOnlyList<RowRefusal> errors, IReadOnlyList<IngestRow> rows)
    {
        var listed = errors.Select(e => new PortalError(e.Index, e.Index is { } i && i < rows.Count ? rows[i][Fields.DossierId] : null, e.Field,
            e.Refusal.Vietnamese)).ToList();
        var message = string.Join("; ", listed.Take(ListedErrors).Select(e => e.Index is null
            ? $"{e.Field}: {e.Message}"
            : $"Hồ sơ {e.MaHoSo ?? "(thiếu MaHoSo)"} (vị trí {e.Index}), trường {e.Field}: {e.Message}"));
        var more = listed.Count > ListedErrors ? $"; và {listed.Count - ListedErrors} lỗi khác" : "";
        return new PortalReply(PortalReply.BadData, $"Không hồ sơ nào được lưu. {message}{more}.", Errors: listed);
    }
}

/// <summary>The portal's envelope (documents the endpoint; the body is read field by field, and a bare array of dossiers is taken too).</summary>
public sealed record PortalEnvelope(
    [property: JsonPropertyName("madonvi")] string? Madonvi,
    [property: JsonPropertyName("service")] string? Service,
    [property: JsonPropertyName("isUpdating")] string? IsUpdating,
    [property: JsonPropertyName("data")] PortalDossier[] Data);

/// <summary>A dossier as the portal syncs it: every field text, dates yyyyMMddHHmmss in Vietnam time, "" when absent.</summary>
public sealed record PortalDossier(
    [property: JsonPropertyName("MaHoSo")] string MaHoSo,
    [property: JsonPropertyName("MaTTHC")] string? MaTTHC,
    [property: JsonPropertyName("KenhThucHien")] string? KenhThucHien,
    [property: JsonPropertyName("NgayTiepNhan")] string NgayTiepNhan,
    [property: JsonPropertyName("NgayHenTra")] string NgayHenTra,
    [property: JsonPropertyName("NgayKetThucXuLy")] string? NgayKetThucXuLy,
    [property: JsonPropertyName("NgayTra")] string? NgayTra,
    [property: JsonPropertyName("TrangThaiHoSo")] string TrangThaiHoSo,
    [property: JsonPropertyName("DonViXuLy")] string? DonViXuLy,
    [property: JsonPropertyName("DanhSachHoSoBoSung")] PortalSupplement[]? DanhSachHoSoBoSung);

/// <summary>A supplement request; NgayHenTraMoi, when given, is the dossier's due date from then on.</summary>
public sealed record PortalSupplement(
    [property: JsonPropertyName("NgayHenTraTruoc")] string? NgayHenTraTruoc, [property: JsonPropertyName("NgayHenTraMoi")] string? NgayHenTraMoi);
