using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KpiActors.Domain;

/// <summary>The kebab-case words enums travel as, on the wire and in the database: InProgress is "in-progress".</summary>
public static class EnumText<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Words =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Words.ToFrozenDictionary(w => w.Value, w => w.Key, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> All => Words.Values;

    public static string Of(TEnum value) => Words[value];

    public static bool TryParse([NotNullWhen(true)] string? text, out TEnum value)
    {
        value = default;
        return text is not null && Values.TryGetValue(text.Trim(), out value);
    }

    public static TEnum Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", All)}.");
}
