using KpiActors.Domain;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest;

/// <summary>
/// What a one-stop system's export carries beyond the API's own fields, and how a row of it becomes a dossier event:
/// the return date stands for the end of processing when that is blank, a yes/no "Trực tuyến" column for the channel,
/// the handling agency's name for the level. README, "Spreadsheets", lists the headers.
/// </summary>
public static class DossierColumns
{
    /// <summary>Ngày trả: when the result was handed over.</summary>
    public const string ReturnedAt = "returnedAt";

    /// <summary>Trực tuyến: yes or no, where a sheet has no channel column.</summary>
    public const string Online = "online";

    /// <summary>Đơn vị xử lý: the handling agency's name.</summary>
    public const string Agency = "agency";

    /// <summary>The agency's code (the portal's madonvi), which an admin may map to a province.</summary>
    public const string AgencyCode = "agencyCode";

    public static SheetHeaders Headers { get; } = new(
        new Dictionary<string, string[]>
        {
            [Fields.Province] = ["Tỉnh", "Tỉnh/Thành phố", "Mã tỉnh"],
            [Fields.DossierId] = ["Mã hồ sơ", "Số hồ sơ", "MaHoSo", "Dossier id"],
            [Fields.Level] = ["Cấp", "Cấp thực hiện", "Cấp giải quyết"],
            [Fields.Channel] = ["Kênh", "Kênh thực hiện", "Kênh nộp", "Hình thức nộp"],
            [Fields.ProcedureCode] = ["Mã thủ tục", "Mã TTHC", "MaTTHC", "Procedure code"],
            [Fields.ReceivedAt] = ["Ngày tiếp nhận", "Ngày nhận", "NgayTiepNhan", "Received at"],
            [Fields.DueAt] = ["Ngày hẹn trả", "Hạn giải quyết", "Hạn xử lý", "NgayHenTra", "Due at"],
            [Fields.ResolvedAt] = ["Ngày kết thúc xử lý", "Ngày hoàn thành", "Ngày giải quyết", "NgayKetThucXuLy", "Resolved at"],
            [Fields.Status] = ["Trạng thái", "Tình trạng", "Trạng thái hồ sơ"],
            [ReturnedAt] = ["Ngày trả", "Ngày trả kết quả", "NgayTra", "Returned at"],
            [Online] = ["Trực tuyến", "Nộp trực tuyến"],
            [Agency] = ["Đơn vị xử lý", "Cơ quan giải quyết", "Đơn vị", "DonViXuLy"],
            [AgencyCode] = ["Mã đơn vị", "madonvi"],
        },
        ["STT", "Số thứ tự", "Tên thủ tục", "Ghi chú"]);

    private static readonly HashSet<string> Yes = ["x", "co", "1", "true", "yes", "tructuyen"];

    /// <summary>
    /// A spreadsheet's or the portal's row with what its format leaves implicit filled in, each from the column it comes
    /// from; a column the sheet has but left empty stays empty, and is refused as such.
    /// </summary>
    public static IngestRow Complete(IngestRow row)
    {
        if (row.Origin == RowOrigin.Api)
        {
            return row;
        }

        if (row[Fields.ResolvedAt] is null && row[ReturnedAt] is { } returned)
        {
            row = row.With(Fields.ResolvedAt, returned, row.NameOf(ReturnedAt));
        }

        // A blank "Trực tuyến" cell is a dossier handed in at the counter, as an office ticks only the online ones.
        if (!row.Has(Fields.Channel) && row.Has(Online))
        {
            row = row.With(Fields.Channel, row[Online] is { } online && Yes.Contains(FoldedText.Of(online)) ? "online" : "in-person", row.NameOf(Online));
        }

        if (!row.Has(Fields.Level))
        {
            row = row.With(Fields.Level, LevelOf(row[Agency]), row.NameOf(Agency));
        }

        return row;
    }

    /// <summary>
    /// The level an agency's name says (UBND xã Tân Lập: commune; UBND huyện ...: district; a department or the
    /// province's committee: province). Without an agency, commune, where most one-stop dossiers are handled since 2025-07-01.
    /// </summary>
    private static string LevelOf(string? agency)
    {
        if (agency is null)
        {
            return "commune";
        }

        var name = FoldedText.Of(agency);
        name = name.StartsWith("ubnd", StringComparison.Ordinal) ? name[4..] : name;
        return name.StartsWith("xa", StringComparison.Ordinal) || name.StartsWith("phuong", StringComparison.Ordinal) ||
               name.StartsWith("thitran", StringComparison.Ordinal) || name.StartsWith("dackhu", StringComparison.Ordinal) ? "commune"
            : name.StartsWith("huyen", StringComparison.Ordinal) || name.StartsWith("quan", StringComparison.Ordinal) ||
              name.StartsWith("thixa", StringComparison.Ordinal) ? "district"
            : "province";
    }
}
