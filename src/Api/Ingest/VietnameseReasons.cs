using System.Text.RegularExpressions;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Why a row was refused, in Vietnamese, for the people who fix it: an office's clerk reading the import page, a
/// provincial integration team reading the portal sync's reply. The English reason stays in the API's problems.
/// </summary>
public static class VietnameseReasons
{
    private static readonly (Regex English, string Vietnamese)[] Reasons =
    [
        (Reason("^is required when status is resolved$"), "bắt buộc khi hồ sơ đã xử lý xong"),
        (Reason("^is required$"), "bắt buộc, đang để trống"),
        (Reason("^must be null while status is (.+)$"), "phải để trống khi hồ sơ chưa xử lý xong ($1)"),
        (Reason("^is before receivedAt$"), "trước ngày tiếp nhận"),
        (Reason("^is in the future$"), "là thời điểm trong tương lai"),
        (Reason("^(.*) is not (a date|an ISO 8601 date).*$"), "$1 không phải ngày giờ đúng định dạng"),
        (Reason("^(.*) is not one of (.+)$"), "$1 không phải giá trị hợp lệ ($2)"),
        (Reason("^(.*) is not a province.*$"), "$1 không phải tỉnh, thành phố"),
        (Reason("^(.*) is outside the dates this system keeps.*$"), "$1 nằm ngoài khoảng ngày hệ thống lưu (2000–2099)"),
        (Reason("^district exists only for dossiers received before (.+)$"), "cấp huyện chỉ dùng cho hồ sơ tiếp nhận trước $1"),
        (Reason("^is longer than (\\d+) characters$"), "dài quá $1 ký tự"),
        (Reason("^holds .*$"), "chứa ký tự không được phép (ký tự điều khiển hoặc không hợp lệ)"),
        (Reason("^dossier '(.*)' has no province.*$"), "không xác định được tỉnh, thành phố của hồ sơ $1: khóa gửi không gắn với đúng một tỉnh và mã đơn vị, tiền tố mã hồ sơ chưa được quản trị viên ánh xạ"),
        (Reason("^appears twice.*$"), "xuất hiện hai lần"),
        (Reason("^the key may not write for (.+)$"), "khóa API không được gửi hồ sơ của tỉnh, thành phố $1"),
        (Reason("^is not a column this endpoint knows.*$"), "không phải cột hệ thống nhận biết"),
        (Reason("^The line has (\\d+) fields; the header has (\\d+)\\.$"), "dòng có $1 ô, dòng tiêu đề có $2"),
        (Reason("^is not valid UTF-8$"), "không phải văn bản UTF-8"),
        (Reason("^Not valid JSON.*$"), "không phải JSON hợp lệ"),
        (Reason("^Expected a JSON array of dossiers.*$"), "phải là mảng JSON các hồ sơ, đứng riêng hoặc trong trường data của gói tin"),
        (Reason("^'(.*)' is not DongBoHoSoMC$"), "'$1' không phải dịch vụ DongBoHoSoMC"),
        (Reason("^The batch has no (rows|dossiers)\\.$"), "không có hồ sơ nào"),
        (Reason("^Not a readable xlsx workbook.*$"), "không đọc được tệp Excel (.xlsx)"),
        (Reason("^The workbook has no worksheet\\.$"), "tệp Excel không có trang tính nào"),
        (Reason("^A quoted field is not closed\\.$"), "có ô mở dấu ngoặc kép mà không đóng"),
        (Reason("^'(.*)' is not accepted.*$"), "định dạng '$1' không được nhận (nhận .xlsx, .csv, JSON)"),
    ];

    public static string Of(string reason)
    {
        foreach (var (english, vietnamese) in Reasons)
        {
            if (english.IsMatch(reason))
            {
                return english.Replace(reason, vietnamese);
            }
        }

        return $"không hợp lệ ({reason})";
    }

    private static Regex Reason(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline);
}
