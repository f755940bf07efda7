using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.Silo.Alerts;

namespace KpiActors.Api.Notifications;

/// <summary>How a notification reads, in Vietnamese: where the figure stands against its target, and where to see it on the board.</summary>
public static class NotificationText
{
    /// <summary>The board's page of the province, on the indicator of the alert; null without a public address.</summary>
    public static Uri? ProvinceLink(Uri? publicBaseUrl, NotifiedAlert alert) => publicBaseUrl is null
        ? null
        : new Uri($"{publicBaseUrl.AbsoluteUri.TrimEnd('/')}/#/province/{alert.Province}?indicator={Uri.EscapeDataString(alert.Indicator)}");

    public static string Subject(Notification notification)
    {
        if (notification.Digest)
        {
            var firing = notification.Alerts.Count(a => a.Change == AlertChanges.Firing);
            return $"[KPI] Tổng hợp cảnh báo: {firing} cảnh báo mới, {notification.Alerts.Count - firing} đã hết cảnh báo";
        }

        var alert = notification.Alerts[0];
        return IsNoData(alert)
            ? $"[KPI] {Heading(alert)}"
            : $"[KPI] {Heading(alert)}: {IndicatorName(alert)} {Value(alert)} (mục tiêu {VietnameseText.Rate(alert.Target)})";
    }

    public static string Body(Notification notification, Uri? publicBaseUrl)
    {
        var lines = new List<string>();
        if (notification.Digest)
        {
            lines.Add($"Tổng hợp {notification.Alerts.Count} thay đổi cảnh báo theo đăng ký của Quý cơ quan:");
            lines.Add("");
        }

        foreach (var alert in notification.Alerts)
        {
            lines.Add(Heading(alert));
            lines.Add($"Chỉ tiêu: {IndicatorName(alert)}");
            if (ReportingPeriod.TryParse(alert.Period, out var period))
            {
                lines.Add($"Kỳ: {VietnameseText.Period(period)}");
            }

            if (IsNoData(alert))
            {
                lines.Add($"Lần nhận dữ liệu gần nhất: {(alert.LastFactAt is { } last ? Moment(last) : "chưa từng nhận")}");
            }
            else
            {
                lines.Add($"Kết quả: {Value(alert)}");
                lines.Add($"Mục tiêu: {VietnameseText.Rate(alert.Target)}");
                lines.Add($"Chênh lệch: {Gap(alert)}");
            }

            lines.Add($"Tình trạng: {Standing(alert)}");
            lines.Add($"Thời điểm: {Moment(alert.ChangedAt)}");
            if (ProvinceLink(publicBaseUrl, alert) is { } link)
            {
                lines.Add($"Xem trên bảng theo dõi: {link}");
            }

            lines.Add("");
        }

        lines.Add("Thư này được gửi tự động từ hệ thống theo dõi chỉ số chính quyền số; vui lòng không trả lời.");
        return string.Join("\n", lines);
    }

    /// <summary>The figure minus its target: negative below it.</summary>
    public static double? GapOf(NotifiedAlert alert) => alert.Value - alert.Target;

    private static string Heading(NotifiedAlert alert) => (IsNoData(alert), alert.Change) switch
    {
        (true, AlertChanges.Firing) =>
            $"Không nhận được dữ liệu {FeedOf(alert)} từ {ProvinceName(alert.Province)} kể từ {(alert.LastFactAt is { } last ? Moment(last) : "khi bắt đầu theo dõi")}",
        (true, _) => $"Đã nhận lại dữ liệu {FeedOf(alert)} từ {ProvinceName(alert.Province)}",
        (_, AlertChanges.Firing) => "Cảnh báo — " + ProvinceName(alert.Province),
        _ => "Hết cảnh báo — " + ProvinceName(alert.Province),
    };

    private static bool IsNoData(NotifiedAlert alert) => alert.Kind == AlertKinds.NoData;

    /// <summary>What the silent feed sends: dossiers, document counts or the procedure catalogue.</summary>
    private static string FeedOf(NotifiedAlert alert) => alert.Indicator switch
    {
        Indicators.EDocId => "văn bản điện tử",
        Indicators.OnlineL4Id => "danh mục thủ tục hành chính",
        _ => "hồ sơ",
    };

    private static string Moment(DateTimeOffset instant)
    {
        var at = VietnamTime.ToLocal(instant);
        return $"{at:HH:mm} {VietnameseText.Date(DateOnly.FromDateTime(at.DateTime))} (giờ Việt Nam)";
    }

    private static string ProvinceName(string code) =>
        ProvinceCatalog.Vietnam.TryFind(code, out var province) ? VietnameseText.ProvinceName(province) : code;

    private static string IndicatorName(NotifiedAlert alert) =>
        Indicators.TryFind(alert.Indicator, out var indicator) ? indicator.NameVi : alert.Indicator;

    private static string Value(NotifiedAlert alert) => alert.Value is { } value ? VietnameseText.Rate(value) : "chưa có số liệu";

    private static string Gap(NotifiedAlert alert) => GapOf(alert) switch
    {
        null => "chưa tính được",
        < 0 and var below => $"thấp hơn mục tiêu {VietnameseText.Points(below)} điểm phần trăm",
        > 0 and var above => $"cao hơn mục tiêu {VietnameseText.Points(above)} điểm phần trăm",
        _ => "bằng mục tiêu",
    };

    /// <summary>
    /// Said exactly: an alert that resolved below its target is not "đạt", and one whose period ended behind is still behind.
    /// At or over the target is "đạt" even while the board, just out of "behind", still judges it at risk.
    /// </summary>
    public static string Standing(NotifiedAlert alert) => (alert.Change, alert.Status) switch
    {
        _ when IsNoData(alert) && alert.Change == AlertChanges.Firing => "không có dữ liệu mới; hệ thống một cửa có thể đã ngừng đồng bộ",
        _ when IsNoData(alert) => "đã nhận lại dữ liệu",
        (AlertChanges.Firing, _) => "không đạt chỉ tiêu",
        (_, TargetStatus.Behind) => "kỳ báo cáo đã kết thúc, không đạt chỉ tiêu",
        (_, TargetStatus.NotEnoughData) => "chưa đủ dữ liệu để đánh giá",
        _ when alert.Value >= alert.Target => "đã đạt mục tiêu",
        _ => $"không còn ở mức không đạt, vẫn dưới mục tiêu {VietnameseText.Rate(alert.Target)}",
    };
}
