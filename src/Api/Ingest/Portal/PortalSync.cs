using System.Text.Json;
using KpiActors.Api.Shared;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// The national public service portal's dossier sync (Cổng DVCQG, service DongBoHoSoMC) read as the API's own rows:
/// a JSON array of dossiers, bare or in the envelope {"madonvi", "service", "isUpdating", "data"}, every field text,
/// dates yyyyMMddHHmmss in Vietnam time, statuses and channels as the portal's codes, which the row reader takes as the
/// API's own words (<see cref="ChoiceWords"/>; README, "The national portal's sync").
/// </summary>
public static class PortalSync
{
    public const string Service = "DongBoHoSoMC";

    /// <summary>The envelope's dossiers.</summary>
    private const string Data = "data";

    /// <summary>A dossier's supplement requests; the last one that moved the due date sets it from then on.</summary>
    private const string Supplements = "DanhSachHoSoBoSung";

    private const string MovedDueDate = "NgayHenTraMoi";

    /// <summary>KenhThucHien 1, trực tiếp: what an empty channel means.</summary>
    private const string InPerson = "1";

    public static async Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await IngestBody.ReadTextAsync(request, cancellationToken);
        if (text is null)
        {
            return ([], [IngestBody.NotUtf8]);
        }

        var errors = new List<RowRefusal>();
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
                    errors.Add(new RowRefusal(null, "service", Refusal.NotTheService(service, Service)));
                }

                agency = envelope.GetValueOrDefault("madonvi");
                root = root.TryGetProperty(Data, out var data) ? data : default;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new RowRefusal(null, "data", Refusal.NotADossierArray()));
                return ([], errors);
            }

            var rows = new List<IngestRow>();
            foreach (var dossier in root.EnumerateArray())
            {
                if (dossier.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new RowRefusal(rows.Count, "data", Refusal.NotADossier()));
                    return ([], errors);
                }

                rows.Add(Row(rows.Count, dossier, agency, errors));
            }

            if (errors.Count == 0 && rows.Count == 0)
            {
                errors.Add(new RowRefusal(null, "data", Refusal.NoDossiers()));
            }

            return (rows, errors);
        }
        catch (JsonException e)
        {
            return ([], [new RowRefusal(null, "body", Refusal.NotJson(e))]);
        }
    }

    private static IngestRow Row(int index, JsonElement dossier, string? envelopeAgency, List<RowRefusal> errors)
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
        var finished = status is "9" or "10";
        var resolvedFrom = Field("NgayKetThucXuLy") is not null || !finished ? "NgayKetThucXuLy" : "NgayTra";

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Fields.DossierId] = Field("MaHoSo"),
            [Fields.ProcedureCode] = Field("MaTTHC"),
            [Fields.Channel] = Field("KenhThucHien") ?? InPerson,
            [Fields.ReceivedAt] = Field("NgayTiepNhan"),
            [Fields.DueAt] = moved ?? Field("NgayHenTra"),
            [Fields.ResolvedAt] = Field(resolvedFrom),
            [Fields.Status] = status,
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
