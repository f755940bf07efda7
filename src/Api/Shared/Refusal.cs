using System.Text.Json;
using KpiActors.Domain;

namespace KpiActors.Api.Shared;

/// <summary>
/// Why a value, a row or a body is refused, in the two languages its readers need: English for the API's problem
/// (<see cref="RowError"/>), Vietnamese for the people who fix the data, an office's clerk on the board's import page
/// and a province's integration team reading the national portal's sync reply. Every refusal is made by one of these
/// factories, so that each is written once in both languages, beside the others, and none can lack its Vietnamese.
/// </summary>
public sealed class Refusal
{
    private Refusal(string english, string vietnamese)
    {
        English = english;
        Vietnamese = vietnamese;
    }

    public string English { get; }

    public string Vietnamese { get; }

    /// <summary>
    /// A text <see cref="FreeText"/> refuses is refused for its fault wherever a refusal is expected, as in an endpoint
    /// that checks a name or a reason.
    /// </summary>
    public static implicit operator Refusal(TextFault fault) => Text(fault);

    // Any field.

    public static Refusal Required() => new("is required", "bắt buộc, đang để trống");

    public static Refusal Text(TextFault fault) => fault switch
    {
        TextFault.LoneSurrogate f => new($"holds a lone UTF-16 surrogate at character {f.At}: not valid Unicode",
            $"chứa nửa cặp UTF-16 đơn lẻ ở vị trí {f.At}: không phải Unicode hợp lệ"),
        TextFault.ControlCharacter f => new($"holds the control character {CodePoint(f.Character)} at character {f.At}",
            $"chứa ký tự điều khiển {CodePoint(f.Character)} ở vị trí {f.At}"),
        TextFault.BidirectionalControl f => new($"holds the bidirectional control {CodePoint(f.Character)} at character {f.At}",
            $"chứa ký tự điều khiển hướng chữ {CodePoint(f.Character)} ở vị trí {f.At}"),
        TextFault.Noncharacter f => new($"holds the noncharacter {CodePoint(f.Character)} at character {f.At}",
            $"chứa mã {CodePoint(f.Character)} ở vị trí {f.At}, mã Unicode không dùng cho ký tự nào"),
        TextFault.NotNormalizable => new("is not valid Unicode text", "không phải văn bản Unicode hợp lệ"),
        TextFault.TooLong f => new($"is longer than {f.MaxLength} characters", $"dài quá {f.MaxLength} ký tự"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "A fault of FreeText this refusal does not word."),
    };

    public static Refusal NotAProvince(string value) => new(
        $"'{value}' is not a province: use a current or legacy code, slug or name",
        $"'{value}' không phải tỉnh, thành phố: dùng mã, tên có dấu hoặc không dấu của tỉnh, thành phố hiện nay hoặc trước khi sáp nhập");

    public static Refusal NotOneOf(string value, IEnumerable<string> words)
    {
        var listed = string.Join(", ", words);
        return new($"'{value}' is not one of {listed}", $"'{value}' không phải giá trị hợp lệ ({listed})");
    }

    public static Refusal NotACount(string value) => new(
        $"'{value}' is not a whole number from 0 to {CountBounds.Max}",
        $"'{value}' không phải số nguyên từ 0 đến {VietnameseText.Count(CountBounds.Max)}");

    public static Refusal NotAnIsoDate(string value) => new(
        $"'{value}' is not an ISO 8601 date or date-time (e.g. 2026-11-05T09:30:00+07:00)",
        $"'{value}' không phải ngày giờ đúng định dạng ISO 8601 (ví dụ 2026-11-05T09:30:00+07:00)");

    public static Refusal NotASheetDate(string value) => new(
        $"'{value}' is not a date: day first (05/11/2026 or 05/11/2026 09:30) or ISO 8601 (2026-11-05T09:30:00+07:00)",
        $"'{value}' không phải ngày giờ đúng định dạng: ngày trước tháng (05/11/2026 hoặc 05/11/2026 09:30) hoặc ISO 8601");

    public static Refusal NotAPortalDate(string value) => new(
        $"'{value}' is not a date: yyyyMMddHHmmss in Vietnam time (20261105093000)",
        $"'{value}' không phải ngày giờ đúng định dạng: yyyyMMddHHmmss theo giờ Việt Nam (20261105093000)");

    public static Refusal OutsideTheDatesKept(string value) => new(
        $"'{value}' is outside the dates this system keeps: {DateWindow.Describe} (Vietnam time)",
        $"'{value}' nằm ngoài khoảng ngày hệ thống lưu: từ {VietnameseText.Date(DateWindow.FirstDay)} đến {VietnameseText.Date(DateWindow.LastDay)} (giờ Việt Nam)");

    // A dossier.

    public static Refusal InTheFuture() => new("is in the future", "là thời điểm trong tương lai");

    public static Refusal BeforeReceived() => new("is before receivedAt", "trước ngày tiếp nhận");

    public static Refusal DistrictAfterTheReform() => new(
        $"district exists only for dossiers received before {TwoTierReform.EffectiveFrom:yyyy-MM-dd}",
        $"cấp huyện chỉ dùng cho hồ sơ tiếp nhận trước ngày {VietnameseText.Date(TwoTierReform.EffectiveFrom)}");

    public static Refusal RequiredOnceResolved() => new("is required when status is resolved", "bắt buộc khi hồ sơ đã xử lý xong");

    public static Refusal ResolvedWhileOpen(string status) => new(
        $"must be null while status is {status}", $"phải để trống khi hồ sơ chưa xử lý xong ({status})");

    /// <summary>A status (TrangThaiHoSo) the national portal does not have.</summary>
    public static Refusal NotAPortalStatus(string value) => new(
        $"'{value}' is not a status code of the portal: 1 to 10", $"'{value}' không phải mã hợp lệ (từ 1 đến 10)");

    /// <summary>A channel (KenhThucHien) the national portal does not have.</summary>
    public static Refusal NotAPortalChannel(string value) => new(
        $"'{value}' is not a channel code of the portal: 1, 2, 3 or empty", $"'{value}' không phải mã hợp lệ (1, 2, 3 hoặc để trống)");

    public static Refusal NoProvinceFor(string? dossierId, bool keyWritesForSeveral, string? agency) => new(
        $"dossier '{dossierId}' has no province: the key writes for {(keyWritesForSeveral ? "several provinces" : "any province")}, and neither " +
        $"{(agency is null ? "an agency code" : $"agency '{agency}'")} nor a prefix of its id is mapped to one (admins map them at /api/v1/admin/province-mappings)",
        $"không xác định được tỉnh, thành phố của hồ sơ {dossierId}: khóa API gửi cho {(keyWritesForSeveral ? "nhiều tỉnh" : "mọi tỉnh")}, và cả " +
        $"{(agency is null ? "mã đơn vị" : $"mã đơn vị '{agency}'")} lẫn tiền tố mã hồ sơ đều chưa được quản trị viên ánh xạ tới tỉnh, thành phố nào");

    public static Refusal KeyMayNotWriteFor(IEnumerable<string> provinces)
    {
        var listed = string.Join(", ", provinces);
        return new($"the key may not write for {listed}", $"khóa API không được gửi hồ sơ của tỉnh, thành phố {listed}");
    }

    // An e-document count.

    public static Refusal NotAMonth(string value) => new(
        $"'{value}' is not a month from {DateWindow.FirstYear} to {DateWindow.LastYear}: counts are reported per month, e.g. 2026-11",
        $"'{value}' không phải tháng từ năm {DateWindow.FirstYear} đến năm {DateWindow.LastYear}: số liệu báo cáo theo tháng, ví dụ 2026-11");

    public static Refusal MonthInTheFuture() => new("is in the future", "là tháng chưa đến");

    public static Refusal MoreThanTotal() => new("is greater than total", "lớn hơn tổng số văn bản (total)");

    public static Refusal DistrictPeriodAfterTheReform() => new(
        $"district exists only for periods before {TwoTierReform.EffectiveFrom:yyyy-MM}",
        $"cấp huyện chỉ dùng cho kỳ báo cáo trước {VietnameseText.Period(ReportingPeriod.Containing(TwoTierReform.EffectiveFrom, PeriodKind.Month))}");

    // A catalogue entry.

    public static Refusal NotAnOnlineLevel(long value) => new(
        $"'{value}' is not 2 (not online), 3 (partly online) or 4 (full online)",
        $"'{value}' không phải 2 (chưa trực tuyến), 3 (trực tuyến một phần) hoặc 4 (trực tuyến toàn trình)");

    public static Refusal TwiceInTheCatalogue(string code) => new(
        $"'{code}' appears twice in the catalogue", $"'{code}' xuất hiện hai lần trong danh mục");

    // A body, its rows and its columns.

    public static Refusal NotUtf8() => new("is not valid UTF-8", "không phải văn bản UTF-8");

    public static Refusal NotAccepted(string mediaType, IReadOnlyList<string> accepted) => new(
        $"'{mediaType}' is not accepted: send {string.Join(", ", accepted.SkipLast(1))} or {accepted[^1]}.",
        $"định dạng '{mediaType}' không được nhận: gửi {string.Join(", ", accepted.SkipLast(1))} hoặc {accepted[^1]} (tệp .xlsx, .csv hoặc JSON)");

    public static Refusal NoRows() => new("The batch has no rows.", "không có dòng nào");

    public static Refusal NotJson(JsonException error) => new(
        $"Not valid JSON: {error.Message}",
        error is { LineNumber: { } line, BytePositionInLine: { } position }
            ? $"không phải JSON hợp lệ (dòng {line + 1}, vị trí {position + 1})"
            : "không phải JSON hợp lệ");

    public static Refusal NotAJsonArray() => new("Expected a JSON array of objects.", "phải là một mảng JSON các đối tượng");

    public static Refusal NotAJsonObject() => new("Expected a JSON object.", "phải là một đối tượng JSON");

    public static Refusal NotAJsonObjectPerLine() => new("Expected one JSON object per line.", "mỗi dòng phải là một đối tượng JSON");

    public static Refusal RepeatedField() => new(
        "appears twice (field names match without regard to case): which one is meant is not clear",
        "xuất hiện hai lần (tên trường không phân biệt chữ hoa, chữ thường): không rõ giá trị nào được dùng");

    public static Refusal FieldNameNotUnicode() => new(
        "a field name is not valid Unicode (a lone UTF-16 surrogate)", "tên một trường không phải Unicode hợp lệ (nửa cặp UTF-16 đơn lẻ)");

    public static Refusal ValueNotUnicode() => new(
        "is not valid Unicode (a lone UTF-16 surrogate)", "không phải Unicode hợp lệ (nửa cặp UTF-16 đơn lẻ)");

    public static Refusal NotText(JsonValueKind kind) => new(
        $"is a JSON {kind.ToString().ToLowerInvariant()}; expected text or a number",
        $"là {(kind == JsonValueKind.Array ? "mảng" : "đối tượng")} JSON; cần văn bản hoặc số");

    /// <summary>A spreadsheet's header that names no field; <paramref name="columns"/> are the fields with the headers each is known by.</summary>
    public static Refusal UnknownColumn(IReadOnlyDictionary<string, string[]> columns)
    {
        var listed = string.Join("; ", columns.Select(c => $"{c.Key} ({string.Join(", ", c.Value)})"));
        return new($"is not a column this endpoint knows; the columns are {listed}", $"không phải cột hệ thống nhận biết; các cột là {listed}");
    }

    public static Refusal LineWidth(int fields, int headerFields) => new(
        $"The line has {fields} fields; the header has {headerFields}.", $"dòng có {fields} ô, dòng tiêu đề có {headerFields}");

    public static Refusal UnclosedQuote() => new("A quoted field is not closed.", "có ô mở dấu ngoặc kép mà không đóng");

    public static Refusal NoWorksheet() => new("The workbook has no worksheet.", "tệp Excel không có trang tính nào");

    /// <summary>The library's own reason stays in the English, for whoever reads the API's problem; a clerk needs to know the file did not read.</summary>
    public static Refusal UnreadableWorkbook(Exception error) => new(
        $"Not a readable xlsx workbook: {error.Message}", "không đọc được tệp Excel (.xlsx)");

    // The national portal's envelope.

    public static Refusal NotTheService(string service, string expected) => new(
        $"'{service}' is not {expected}", $"'{service}' không phải dịch vụ {expected}");

    public static Refusal NotADossierArray() => new(
        "Expected a JSON array of dossiers, bare or as the envelope's data.",
        "phải là mảng JSON các hồ sơ, đứng riêng hoặc trong trường data của gói tin");

    public static Refusal NotADossier() => new("Expected a JSON object (a dossier).", "phải là một đối tượng JSON (một hồ sơ)");

    public static Refusal NoDossiers() => new("The batch has no dossiers.", "không có hồ sơ nào");

    private static string CodePoint(char c) => $"U+{(int)c:X4}";
}
