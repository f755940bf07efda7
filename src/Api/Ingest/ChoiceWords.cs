using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>
/// The words a row's origin writes for the API's statuses, channels and levels, besides the API's own: the Vietnamese
/// words offices write in a spreadsheet (README, "Spreadsheets"), matched without accents or case, and the national
/// portal's codes (README, "The national portal's sync").
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

    /// <summary>TrangThaiHoSo: 1 mới đăng ký, 2 được tiếp nhận, 3 không được tiếp nhận, 4 đang xử lý, 5 yêu cầu bổ sung,
    /// 6 yêu cầu thực hiện nghĩa vụ tài chính, 7 công dân yêu cầu rút hồ sơ, 8 dừng xử lý, 9 đã xử lý xong, 10 đã trả kết quả.</summary>
    private static readonly Dictionary<string, DossierStatus> PortalStatuses = new()
    {
        ["1"] = DossierStatus.Received, ["2"] = DossierStatus.Received, ["3"] = DossierStatus.Refused, ["4"] = DossierStatus.InProgress,
        ["5"] = DossierStatus.Returned, ["6"] = DossierStatus.InProgress, ["7"] = DossierStatus.Withdrawn, ["8"] = DossierStatus.Refused,
        ["9"] = DossierStatus.Resolved, ["10"] = DossierStatus.Resolved,
    };

    /// <summary>KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích.</summary>
    private static readonly Dictionary<string, Channel> PortalChannels = new()
    {
        ["1"] = Channel.InPerson, ["2"] = Channel.Online, ["3"] = Channel.Postal,
    };

    public static bool TryParse<TEnum>(RowOrigin origin, string text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return origin switch
        {
            RowOrigin.Sheet => WordsOf<TEnum>(Statuses, Channels, Levels) is { } words && words.TryGetValue(FoldedText.Of(text), out value),
            RowOrigin.Portal => WordsOf<TEnum>(PortalStatuses, PortalChannels, null) is { } codes && codes.TryGetValue(text, out value),
            _ => false,
        };
    }

    /// <summary>Why a text is none of the choices: for the portal's coded fields, the codes it has; else the API's words.</summary>
    public static Refusal NoneOf<TEnum>(RowOrigin origin, string text) where TEnum : struct, Enum => (origin, typeof(TEnum)) switch
    {
        (RowOrigin.Portal, var type) when type == typeof(DossierStatus) => Refusal.NotAPortalStatus(text),
        (RowOrigin.Portal, var type) when type == typeof(Channel) => Refusal.NotAPortalChannel(text),
        _ => Refusal.NotOneOf(text, EnumText<TEnum>.All),
    };

    private static IReadOnlyDictionary<string, TEnum>? WordsOf<TEnum>(
        Dictionary<string, DossierStatus> statuses, Dictionary<string, Channel> channels, Dictionary<string, AdministrativeLevel>? levels) =>
        (IReadOnlyDictionary<string, TEnum>?)(object?)(typeof(TEnum) == typeof(DossierStatus) ? statuses
            : typeof(TEnum) == typeof(Channel) ? channels
            : typeof(TEnum) == typeof(AdministrativeLevel) ? levels
            : null);

    private static Dictionary<string, TEnum> Folded<TEnum>(params (string Word, TEnum Value)[] words) where TEnum : notnull =>
        words.ToDictionary(w => FoldedText.Of(w.Word), w => w.Value);
}
