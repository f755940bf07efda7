using KpiActors.Domain;
using KpiActors.Grains;
using static KpiActors.Api.Shared.VietnameseText;

namespace KpiActors.Api.Reports;

/// <summary>Writes a window's figures as the report a provincial department or the ministry signs.</summary>
public static partial class ReportWriter
{
    private static int ProvinceCount => ProvinceCatalog.Vietnam.All.Count;

    public static ReportDocument ForProvince(ReportData data, Province province, ReportIssuer issuer, DateOnly on)
    {
        var sections = Indicators.All.Select((indicator, i) => ProvinceSection(data, province, indicator, i + 1)).ToList();
        sections.Add(new ReportSection($"{sections.Count + 1}. Đánh giá chung", [Overall(data, province)], null));
        var recipients = new[]
        {
            $"- {ReportIssuer.MinistryOn(on)} (để báo cáo);",
            $"- UBND {ProvinceName(province)} (để báo cáo);",
            "- Lưu: VT.",
        };
        return new ReportDocument(Heading(data, issuer, on, $"của {ProvinceName(province)}"), sections, recipients, "GIÁM ĐỐC");
    }

    public static ReportDocument ForNation(ReportData data, ReportIssuer issuer, DateOnly on)
    {
        var sections = Indicators.All.Select((indicator, i) => NationalSection(data, indicator, i + 1)).ToList();
        var recipients = new[] { "- Thủ tướng Chính phủ (để báo cáo);", "- Văn phòng Chính phủ;", "- UBND các tỉnh, thành phố;", "- Lưu: VT." };
        return new ReportDocument(Heading(data, issuer, on, "của các tỉnh, thành phố"), sections, recipients, "BỘ TRƯỞNG");
    }

    private static ReportHeading Heading(ReportData data, ReportIssuer issuer, DateOnly on, string whose)
    {
        var window = data.Window;
        var cutOff = window.CutOff == CutOff.Nd09 ? " (kỳ chốt số liệu theo Nghị định số 09/2019/NĐ-CP)" : "";
        return new ReportHeading(
            issuer.ParentBody, issuer.Body, $"Số:      /{issuer.Symbol}", $"{issuer.Place}, {LongDate(on)}", "BÁO CÁO",
            $"Kết quả thực hiện các chỉ tiêu chuyển đổi số {whose} {Period(window.Period)}{cutOff}",
            data.OpenOn < window.LastDay
                ? $"Số liệu từ ngày {Date(window.FirstDay)} đến ngày {Date(data.OpenOn)} (kỳ báo cáo kết thúc ngày {Date(window.LastDay)})."
                : $"Số liệu {Window(window)}.");
    }

    private static ReportSection ProvinceSection(ReportData data, Province province, Indicator indicator, int number)
    {
        var reading = data.Reading(province.Code, indicator.Id);
        var open = data.Open.GetValueOrDefault(province.Code, new OpenDossiers(0, 0));
        var paragraphs = new List<string> { Figures(reading, indicator, open, data.OpenOn) };
        if (reading.Value is not null)
        {
            paragraphs.Add(Target(reading));
            paragraphs.Add(LastYear(reading, data.Window.Period.Year - 1));
            paragraphs.Add($"Xếp thứ {data.Rank(reading)}/{ProvinceCount} tỉnh, thành phố.");
        }
        else
        {
            paragraphs.Add($"Chỉ tiêu: {Rate(reading.Target)}{Deadline(reading)} theo {LegalSource(reading.TargetSource)}; chưa đánh giá, chưa xếp hạng do không có số liệu.");
        }

        paragraphs.Add(Alerts(data.Alerts.Where(a => a.Province == province.Code && a.Indicator == indicator.Id).ToList()));
        paragraphs.Add("Đánh giá: " + Assessment(reading));
        var rows = Breakdown(reading, indicator, open, data.EDocs.Where(l => l.Province == province.Code).ToList());
        rows.Add([ReportCell.Of("Tỷ lệ"), ReportCell.Rate(reading.Value)]);
        rows.Add([ReportCell.Of("Chỉ tiêu"), ReportCell.Rate(reading.Target)]);
        rows.Add([ReportCell.Of($"Cùng kỳ năm {data.Window.Period.Year - 1}"), ReportCell.Rate(reading.LastYearValue)]);
        rows.Add([ReportCell.Of("Xếp hạng"), data.Rank(reading) is { } rank ? ReportCell.Count(rank) : ReportCell.Of(ReportCell.NoData)]);
        rows.Add([ReportCell.Of("Đánh giá"), ReportCell.Of(Status(reading.Status))]);
        return new ReportSection($"{number}. {indicator.NameVi}", paragraphs, new ReportTable(SheetName(indicator), ["Nội dung", "Số liệu"], rows));
    }

    private static ReportSection NationalSection(ReportData data, Indicator indicator, int number)
    {
        var ranking = data.Ranking(indicator.Id);
        var total = new Ratio(ranking.Sum(r => r.Numerator), ranking.Sum(r => r.Denominator));
        var paragraphs = new List<string>();
        if (total.Value is { } value)
        {
            paragraphs.Add($"Cả nước đạt {Rate(value)} ({Count(total.Numerator)}/{Count(total.Denominator)}).");
            var behind = ranking.Where(r => r.Status == TargetStatus.Behind).Select(r => ProvinceCatalog.Vietnam.Get(r.Province).Name).ToList();
            var met = ranking.Count(r => r.Status is TargetStatus.Met);
            paragraphs.Add($"{Count(met)}/{ProvinceCount} tỉnh, thành phố đạt chỉ tiêu; " + (behind.Count == 0
                ? "không có tỉnh, thành phố nào không đạt chỉ tiêu."
                : $"{Count(behind.Count)} tỉnh, thành phố không đạt chỉ tiêu: {string.Join(", ", behind)}."));
            var best = ranking[0];
            paragraphs.Add($"Dẫn đầu: {ProvinceCatalog.Vietnam.Get(best.Province).Name} ({Rate(best.Value!.Value)}).");
        }
        else
        {
            paragraphs.Add($"Trong kỳ không có số liệu về {Lower(indicator.NameVi)} của tỉnh, thành phố nào.");
        }

        var alerts = data.Alerts.Count(a => a.Indicator == indicator.Id);
        paragraphs.Add(alerts == 0 ? "Trong kỳ không phát sinh cảnh báo." : $"Trong kỳ phát sinh {Count(alerts)} cảnh báo chưa đạt chỉ tiêu.");
        var rows = ranking.Select(r => (IReadOnlyList<ReportCell>)
        [
            data.Rank(r) is { } rank ? ReportCell.Count(rank) : ReportCell.Of("-"),
            ReportCell.Of(ProvinceCatalog.Vietnam.Get(r.Province).Name),
            ReportCell.Count(r.Numerator),
            ReportCell.Count(r.Denominator),
            ReportCell.Rate(r.Value),
            ReportCell.Rate(r.Target),
            ReportCell.Of(Status(r.Status)),
        ]).ToList();
        rows.Add([ReportCell.Of(""), ReportCell.Of("Cả nước"), ReportCell.Count(total.Numerator), ReportCell.Count(total.Denominator), ReportCell.Rate(total.Value), ReportCell.Of(""), ReportCell.Of("")]);
        return new ReportSection($"{number}. {indicator.NameVi}", paragraphs,
            new ReportTable(SheetName(indicator), ["Hạng", "Tỉnh, thành phố", "Đạt", "Tổng số", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"], rows));
    }

    private static string Figures(IndicatorReading r, Indicator indicator, OpenDossiers open, DateOnly openOn)
    {
        var c = r.Counts;
        var openText = $" Tại ngày {Date(openOn)} còn {Count(open.InProgress)} hồ sơ đang giải quyết, trong đó {Count(open.Overdue)} hồ sơ đã quá hạn.";
        if (r.Value is null && indicator.Id != Indicators.OnTimeId)
        {
            return $"Trong kỳ không có số liệu về {Lower(indicator.NameVi)}.";
        }

        return indicator.Id switch
        {
            Indicators.EDocId =>
                $"Tổng số văn bản đi, đến là {Count(c["total"])} văn bản, trong đó văn bản điện tử {Count(c["electronic"])} văn bản (đạt {Rate(r.Value!.Value)}).",
            Indicators.OnTimeId when r.Value is null =>
                $"Tổng số hồ sơ tiếp nhận trong kỳ là {Count(c["received"])} hồ sơ; trong kỳ không có hồ sơ nào được giải quyết xong, không có số liệu về tỷ lệ giải quyết đúng hạn." + openText,
            Indicators.OnTimeId =>
                $"Tổng số hồ sơ tiếp nhận trong kỳ là {Count(c["received"])} hồ sơ; đã giải quyết {Count(r.Denominator)} hồ sơ, trong đó trước hạn {Count(c["early"])} hồ sơ, " +
                $"đúng hạn {Count(c["onTime"])} hồ sơ, quá hạn {Count(c["late"])} hồ sơ; trả lại {Count(c["returned"])} hồ sơ, hủy {Count(c["cancelled"])} hồ sơ. " +
                $"Tỷ lệ giải quyết đúng và trước hạn đạt {Rate(r.Value.Value)} ({Count(r.Numerator)}/{Count(r.Denominator)} hồ sơ đã giải quyết)." + openText,
            Indicators.OnlineDossierId =>
                $"Tổng số hồ sơ tiếp nhận là {Count(c["received"])} hồ sơ, trong đó trực tuyến {Count(c["online"])} hồ sơ, trực tiếp {Count(c["inPerson"])} hồ sơ, " +
                $"qua dịch vụ bưu chính công ích {Count(c["postal"])} hồ sơ; tỷ lệ hồ sơ trực tuyến đạt {Rate(r.Value!.Value)}.",
            _ =>
                $"Tổng số thủ tục hành chính là {Count(c["procedures"])} thủ tục, trong đó cung cấp dịch vụ công trực tuyến toàn trình (mức độ 4) {Count(c["level4"])} thủ tục, " +
                $"một phần (mức độ 3) {Count(c["level3"])} thủ tục, mức độ 2 {Count(c["level2"])} thủ tục; tỷ lệ toàn trình đạt {Rate(r.Value!.Value)}.",
        };
    }

    private static List<IReadOnlyList<ReportCell>> Breakdown(IndicatorReading r, Indicator indicator, OpenDossiers open, IReadOnlyList<EDocLine> edocs)
    {
        IReadOnlyList<ReportCell> Line(string label, long count) => [ReportCell.Of(label), ReportCell.Count(count)];
        var c = r.Counts;
        return indicator.Id switch
        {
            Indicators.EDocId =>
            [
                Line("Tổng số văn bản", c["total"]),
                Line("Văn bản điện tử", c["electronic"]),
                .. edocs.OrderBy(l => l.Level).ThenBy(l => l.Direction).SelectMany(l => new[]
                {
                    Line($"{Level(l.Level)}, {(l.Direction == Direction.Incoming ? "văn bản đến" : "văn bản đi")}: tổng số", l.Total),
                    Line($"{Level(l.Level)}, {(l.Direction == Direction.Incoming ? "văn bản đến" : "văn bản đi")}: điện tử", l.Electronic),
                }),
            ],
            Indicators.OnTimeId =>
            [
                Line("Hồ sơ tiếp nhận", c["received"]), Line("Giải quyết trước hạn", c["early"]), Line("Giải quyết đúng hạn", c["onTime"]),
                Line("Giải quyết quá hạn", c["late"]), Line("Trả lại", c["returned"]), Line("Hủy", c["cancelled"]),
                Line("Đang giải quyết", open.InProgress), Line("Đang giải quyết, đã quá hạn", open.Overdue),
            ],
            Indicators.OnlineDossierId =>
            [
                Line("Hồ sơ tiếp nhận", c["received"]), Line("Trực tuyến", c["online"]), Line("Trực tiếp", c["inPerson"]), Line("Bưu chính công ích", c["postal"]),
            ],
            _ =>
            [
                Line("Thủ tục hành chính", c["procedures"]), Line("Mức độ 2", c["level2"]), Line("Một phần (mức độ 3)", c["level3"]), Line("Toàn trình (mức độ 4)", c["level4"]),
            ],
        };
    }

    private static string Target(IndicatorReading r)
    {
        var gap = r.Value!.Value - r.Target;
        var against = gap >= 0 ? $"vượt {Points(gap)} điểm phần trăm" : $"thấp hơn {Points(gap)} điểm phần trăm";
        if (gap == 0)
        {
            against = "bằng chỉ tiêu";
        }

        return $"Chỉ tiêu: {Rate(r.Target)}{Deadline(r)} theo {LegalSource(r.TargetSource)}; kết quả {against}.";
    }

    private static string Deadline(IndicatorReading r) => r.TargetDeadline is { } deadline ? $" đến ngày {Date(deadline)}" : "";

    private static string LastYear(IndicatorReading r, int year)
    {
        if (r.LastYearValue is not { } last)
        {
            return $"Cùng kỳ năm {year} không có số liệu để so sánh.";
        }

        var change = r.Value!.Value - last;
        var trend = change > 0 ? "tăng" : change < 0 ? "giảm" : "không thay đổi";
        return change == 0
            ? $"So với cùng kỳ năm {year} ({Rate(last)}) không thay đổi."
            : $"So với cùng kỳ năm {year} ({Rate(last)}), {trend} {Points(change)} điểm phần trăm.";
    }

    private static string Alerts(IReadOnlyList<Alert> alerts) => alerts.Count == 0
        ? "Trong kỳ không phát sinh cảnh báo."
        : "Cảnh báo trong kỳ: " + string.Join("; ", alerts.Select(a =>
            $"ngày {Date(VietnamTime.DateOf(a.FiredAt!.Value))} chưa đạt chỉ tiêu" +
            (a.ResolvedAt is { } resolved ? $", hết cảnh báo ngày {Date(VietnamTime.DateOf(resolved))}" : ", chưa hết cảnh báo"))) + ".";

    private static string Assessment(IndicatorReading r) => r.Status switch
    {
        TargetStatus.Met => "đạt chỉ tiêu; đề nghị tiếp tục duy trì.",
        TargetStatus.OnTrack => "chưa đạt chỉ tiêu nhưng đúng tiến độ để đạt trước thời hạn.",
        TargetStatus.AtRisk => "có nguy cơ không đạt chỉ tiêu; đề nghị các cơ quan, đơn vị theo dõi, khắc phục kịp thời.",
        TargetStatus.Behind => "không đạt chỉ tiêu; đề nghị các cơ quan, đơn vị xác định nguyên nhân và có giải pháp khắc phục.",
        _ => r.Value is null ? "chưa có số liệu để đánh giá." : "số liệu trong kỳ chưa đủ để đánh giá.",
    };

    private static string Overall(ReportData data, Province province)
    {
        var readings = Indicators.All.Select(i => (Indicator: i, Reading: data.Reading(province.Code, i.Id))).ToList();
        var met = readings.Count(r => r.Reading.Status == TargetStatus.Met);
        var behind = readings.Where(r => r.Reading.Status is TargetStatus.Behind or TargetStatus.AtRisk).Select(r => Lower(r.Indicator.NameVi)).ToList();
        var unjudged = readings.Count(r => r.Reading.Status == TargetStatus.NotEnoughData);
        return $"Trong kỳ, {met}/{readings.Count} chỉ tiêu đạt; " +
               (behind.Count == 0 ? "không có chỉ tiêu nào không đạt hoặc có nguy cơ không đạt" : $"{behind.Count} chỉ tiêu không đạt hoặc có nguy cơ không đạt ({string.Join("; ", behind)})") +
               (unjudged == 0 ? "." : $"; {unjudged} chỉ tiêu chưa đủ số liệu để đánh giá.");
    }

    /// <summary>The act a target rests on, as a document cites it; a source that names no act is cited whole.</summary>
    private static string LegalSource(string source) =>
        LegalAct().Match(source) is { Success: true } act ? act.Value : source;

    [System.Text.RegularExpressions.GeneratedRegex(@"(Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị) (số )?[^\s:;(),]+( ngày \d{1,2}/\d{1,2}/\d{4})?")]
    private static partial System.Text.RegularExpressions.Regex LegalAct();

    private static string Level(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => "Cấp tỉnh",
        AdministrativeLevel.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    /// <summary>Excel allows 31 characters in a sheet name.</summary>
    private static string SheetName(Indicator indicator) => indicator.NameVi.Length <= 31 ? indicator.NameVi : indicator.NameVi[..31].TrimEnd();

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
