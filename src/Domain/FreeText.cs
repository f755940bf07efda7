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

    /// <summary>The normalized text, or null with the fault it is refused for.</summary>
    public static string? Normalize(string value, int maxLength, out TextFault? fault)
    {
        fault = FaultIn(value);
        if (fault is not null)
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
            fault = new TextFault.NotNormalizable();
            return null;
        }

        if (normalized.Length > maxLength)
        {
            fault = new TextFault.TooLong(maxLength);
            return null;
        }

        return normalized;
    }

    private static TextFault? FaultIn(string value)
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
                return new TextFault.LoneSurrogate(i);
            }

            if (char.IsControl(c))
            {
                return new TextFault.ControlCharacter(c, i);
            }

            if (IsBidiControl(c))
            {
                return new TextFault.BidirectionalControl(c, i);
            }

            if (c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF')
            {
                return new TextFault.Noncharacter(c, i);
            }
        }

        return null;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
