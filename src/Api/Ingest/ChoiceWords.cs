using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>
/// The Vietnamese words offices write in a spreadsheet's status, channel and level columns, read as the API's own
/// words (README, "Spreadsheets"); matched without accents or case.
/// </summary>
public static class ChoiceWords
{
    private static readonly Dictionary<string, DossierStatus> Statuses = Folded(
        ("Mới tiếp nhận", DossierStatus.Received), ("Đã tiếp nhận", DossierStatus.Received), ("Tiếp nhận", DossierStatus.Received),
        ("Đang xử lý", DossierStatus.InProgress), ("Đang giải quyết", DossierStatus.InProgress),
        ("Đã xử lý xong", DossierStatus.Resolved), ("Đã giải quyết", DossierStatus.Resolved), ("Hoàn thành", DossierStatus.Resolved),
        ("Đã trả kết quả", DossierStatus.Resolved),
        ("Yêu cầu bổ sung", DossierStatus.Returned), ("Bổ sung", DossierStatus.Returned), ("Trả lại", DossierStatus.Returned),
        ("Rút hồ sơ", DossierStatus.Withdrawn), ("Đã rút", DossierStatus.Withdrawn),
        ("Từ chối", DossierStatus.Refused), ("Không được tiếp nhận", DossierStatus.Refused), ("Dừng xử lý", DossierStatus.Refused));

    private static readonly Dictionary<string, Channel> Channels = Folded(
        ("Trực tuyến", Channel.Online), ("Trực tiếp", Channel.InPerson), ("Bưu chính", Channel.Postal), ("Bưu chính công ích", Channel.Postal));

    private static readonly Dictionary<string, AdministrativeLevel> Levels = Folded(
        ("Tỉnh", AdministrativeLevel.Province), ("Cấp tỉnh", AdministrativeLevel.Province),
        ("Huyện", AdministrativeLevel.District), ("Cấp huyện", AdministrativeLevel.District),
        ("Xã", AdministrativeLevel.Commune), ("Cấp xã", AdministrativeLevel.Commune));

    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        var words = (IReadOnlyDictionary<string, TEnum>?)(object?)(typeof(TEnum) == typeof(DossierStatus) ? Statuses
            : typeof(TEnum) == typeof(Channel) ? Channels
            : typeof(TEnum) == typeof(AdministrativeLevel) ? Levels
            : null);
        value = default;
        return words is not null && words.TryGetValue(FoldedText.Of(text), out value);
    }

    private static Dictionary<string, TEnum> Folded<TEnum>(params (string Word, TEnum Value)[] words) where TEnum : notnull =>
        words.ToDictionary(w => FoldedText.Of(w.Word), w => w.Value);
}
