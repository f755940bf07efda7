using System.Globalization;
using KpiActors.Domain;

namespace KpiActors.Api.Shared;

/// <summary>How figures, dates and periods are written in a Vietnamese administrative document: 8.348; 93,04%; 14/01/2017.</summary>
public static class VietnameseText
{
    // Written out rather than taken from vi-VN: the app may run without ICU, and the document must not depend on it.
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Count(long value) => value.ToString("#,##0", Numbers);

    /// <summary>A rate as a percentage with two decimals.</summary>
    public static string Rate(double value) => (value * 100).ToString("0.00", Numbers) + "%";

    /// <summary>A difference of rates in percentage points, without trailing zeros: 1,2.</summary>
    public static string Points(double difference) => Math.Abs(difference * 100).ToString("0.##", Numbers);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly day) => $"ngày {day.Day:D2} tháng {day.Month:D2} năm {day.Year}";

    public static string Period(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Month => $"tháng {period.Index:D2} năm {period.Year}",
        PeriodKind.Quarter => $"quý {Roman(period.Index)} năm {period.Year}",
        PeriodKind.HalfYear => period.Index == 1 ? $"6 tháng đầu năm {period.Year}" : $"6 tháng cuối năm {period.Year}",
        _ => $"năm {period.Year}",
    };

    public static string Window(ReportWindow window) => $"từ ngày {Date(window.FirstDay)} đến ngày {Date(window.LastDay)}";

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "Đạt chỉ tiêu",
        TargetStatus.OnTrack => "Đúng tiến độ",
        TargetStatus.AtRisk => "Có nguy cơ không đạt chỉ tiêu",
        TargetStatus.Behind => "Không đạt chỉ tiêu",
        _ => "Chưa đủ số liệu để đánh giá",
    };

    public static string ProvinceName(Province province) => (province.Kind == "city" ? "thành phố " : "tỉnh ") + province.Name;

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
