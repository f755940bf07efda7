using System.Globalization;
using System.Text;

namespace KpiActors.Domain;

/// <summary>
/// Text as a person would match it by eye: without accents (đ as d), case, or the spaces, underscores and hyphens
/// between words, so that "Ngày hẹn trả", "NGAY HEN TRA" and "ngay_hen_tra" are one header, and "Hồ Chí Minh" and
/// "ho-chi-minh" one province.
/// </summary>
public static class FoldedText
{
    public static string Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation:
                    continue;
                default:
                    folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
                    break;
            }
        }

        return folded.ToString();
    }
}
