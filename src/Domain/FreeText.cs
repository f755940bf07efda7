using System.Text;

namespace KpiActors.Domain;

/// <summary>
/// What free text (identifiers, names, sources) must be before it is stored: valid Unicode, without control
/// characters (NUL among them, which PostgreSQL refuses and SQLite keeps) or the bidirectional overrides that make
/// a text read differently from what it is, and in NFC, so that "Hà Nội" typed two ways is one name on both engines.
/// </summary>
public static class FreeText
{
    /// <summary>Identifiers and codes: a dossier id, a procedure code.</summary>
    public const int IdLength = 100;

    /// <summary>Names and other text unless a field says otherwise: an agency, a key's name.</summary>
    public const int TextLength = 200;

    /// <summary>A procedure's full name, which can run long.</summary>
    public const int NameLength = 1000;

    /// <summary>The normalized text, or null with the reason it is refused.</summary>
    public static string? Normalize(string value, int maxLength, out string? reason)
    {
        reason = Refusal(value);
        if (reason is not null)
        {
            return null;
        }

        string normalized;
        try
        {
            normalized = value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Code points the normalizer itself refuses (noncharacters of other planes, among them).
            reason = "is not valid Unicode text";
            return null;
        }

        if (normalized.Length > maxLength)
        {
            reason = $"is longer than {maxLength} characters";
            return null;
        }

        return normalized;
    }

    private static string? Refusal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"holds a lone UTF-16 surrogate at character {i}: not valid Unicode";
            }

            if (char.IsControl(c))
            {
                return $"holds the control character U+{(int)c:X4} at character {i}";
            }

            if (IsBidiControl(c))
            {
                return $"holds the bidirectional control U+{(int)c:X4} at character {i}";
            }

            if (c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF')
            {
                return $"holds the noncharacter U+{(int)c:X4} at character {i}";
            }
        }

        return null;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
