using System.Text.Json;
using KpiActors.Api.Shared;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// The national public service portal's dossier sync (Cổng DVCQG, service DongBoHoSoMC) read as the API's own rows:
/// a JSON array of dossiers, bare or in the envelope {"madonvi", "service", "isUpdating", "data"}, every field text,
/// dates yyyyMMddHHmmss in Vietnam time. The codes' meanings are README's "The national portal's sync".
/// </summary>
public static class PortalSync
{
    public const string Service = "DongBoHoSoMC";

    /// <summary>The envelope's dossiers.</summary>
    private const string Data = "data";

    /// <summary>A dossier's supplement requests; the last one that moved the due date sets it from then on.</summary>
    private const string Supplements = "DanhSachHoSoBoSung";

    private const string MovedDueDate = "NgayHenTraMoi";

    /// <summary>TrangThaiHoSo: 1 mới đăng ký, 2 được tiếp nhận, 3 không được tiếp nhận, 4 đang xử lý, 5 yêu cầu bổ sung,
    /// 6 yêu cầu thực hiện nghĩa vụ tài chính, 7 công dân yêu cầu rút hồ sơ, 8 dừng xử lý, 9 đã xử lý xong, 10 đã trả kết quả.</summary>
    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["1"] = "received", ["2"] = "received", ["3"] = "refused", ["4"] = "in-progress", ["5"] = "returned",
        ["6"] = "in-progress", ["7"] = "withdrawn", ["8"] = "refused", ["9"] = "resolved", ["10"] = "resolved",
    };

    /// <summary>KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích; empty is trực tiếp.</summary>
    private static readonly Dictionary<string, string> Channels = new() { ["1"] = "in-person", ["2"] = "online", ["3"] = "postal" };

    public static async Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowError> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await IngestBody.ReadTextAsync(request, cancellationToken);
        if (text is null)
        {
            return ([], [IngestBody.NotUtf8]);
        }

        var errors = new List<RowError>();
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            string? agency = null;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var envelope = IngestBody.Fields(root, null, errors, Data);
                var service = envelope.GetValueOrDefault("service");
                if (!string.IsNullOrWhiteSpace(service) && !string.Equals(service.Trim(), Service, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new RowError(null, "service", $"'{service}' is not {Service}"));
                }

                agency = envelope.GetValueOrDefault("madonvi");
                root = root.TryGetProperty(Data, out var data) ? data : default;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new RowError(null, "data", "Expected a JSON array of dossiers, bare or as the envelope's data."));
                return ([], errors);
            }

            var rows = new List<IngestRow>();
            foreach (var dossier in root.EnumerateArray())
            {
                if (dossier.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new RowError(rows.Count, "data", "Expected a JSON object (a dossier)."));
                    return ([], errors);
                }

                rows.Add(Row(rows.Count, dossier, agency, errors));
            }

            if (errors.Count == 0 && rows.Count == 0)
            {
                errors.Add(new RowError(null, "data", "The batch has no dossiers."));
            }

            return (rows, errors);
        }
        catch (JsonException e)
        {
            return ([], [new RowError(null, "body", $"Not valid JSON: {e.Message}")]);
        }
    }

    private static IngestRow Row(int index, JsonElement dossier, string? envelopeAgency, List<RowError> errors)
    {
        var supplements = dossier.EnumerateObject().Where(p => p.Name.Equals(Supplements, StringComparison.OrdinalIgnoreCase)).ToList();
        var fields = IngestBody.Fields(dossier, index, errors, Supplements);
        string? Field(string name) => fields.GetValueOrDefault(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var moved = supplements.Count == 1 && supplements[0].Value.ValueKind == JsonValueKind.Array
            ? supplements[0].Value.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object)
                .Select(s => s.EnumerateObject().Where(p => p.Name.Equals(MovedDueDate, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                    .Select(p => p.Value.GetString()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)))
                .LastOrDefault(v => v is not null)
            : null;
        var status = Field("TrangThaiHoSo");
        var channel = Field("KenhThucHien");
        var finished = status is "9" or "10";
        var resolvedFrom = Field("NgayKetThucXuLy") is not null || !finished ? "NgayKetThucXuLy" : "NgayTra";

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Fields.DossierId] = Field("MaHoSo"),
            [Fields.ProcedureCode] = Field("MaTTHC"),
            [Fields.Channel] = channel is null ? "in-person" : Channels.GetValueOrDefault(channel, channel),
            [Fields.ReceivedAt] = Field("NgayTiepNhan"),
            [Fields.DueAt] = moved ?? Field("NgayHenTra"),
            [Fields.ResolvedAt] = Field(resolvedFrom),
            [Fields.Status] = status is null ? null : Statuses.GetValueOrDefault(status, status),
            [DossierColumns.Agency] = Field("DonViXuLy"),
            [DossierColumns.AgencyCode] = Field("MaDonVi") ?? envelopeAgency,
        };
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Fields.Province] = "madonvi",
            [Fields.DossierId] = "MaHoSo",
            [Fields.ProcedureCode] = "MaTTHC",
            [Fields.Channel] = "KenhThucHien",
            [Fields.ReceivedAt] = "NgayTiepNhan",
            [Fields.DueAt] = moved is null ? "NgayHenTra" : $"{Supplements}.{MovedDueDate}",
            [Fields.ResolvedAt] = resolvedFrom,
            [Fields.Status] = "TrangThaiHoSo",
            [Fields.Level] = "DonViXuLy",
            [DossierColumns.AgencyCode] = "madonvi",
        };
        return new IngestRow(index, values, RowOrigin.Portal, sourceNames: names);
    }
}
