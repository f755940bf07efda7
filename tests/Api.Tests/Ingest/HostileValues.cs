using System.Globalization;
using CsCheck;
using KpiActors.Domain;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// One value a field must refuse: its text (for CSV, a query string or a route; null when text cannot carry it, like a
/// JSON array) and its JSON (a string, or a number, array or object as they would be sent).
/// </summary>
public sealed record HostileValue(string? Text, string Json)
{
    public static HostileValue Of(string text) => new(text, HostileJson.String(text));

    /// <summary>A number in JSON, unquoted, as an integrator's serializer would send it.</summary>
    public static HostileValue Number(string text) => new(text, text);

    public bool HasSurrogate => Text is not null && Text.Any(char.IsSurrogate);

    /// <summary>Whether a URL can carry it: no surrogate to encode, and no NUL (Kestrel refuses one before the app runs).</summary>
    public bool FitsUrl => Text is not null && !HasSurrogate && !Text.Contains('\0');

    public override string ToString() => Json;
}

/// <summary>Generators of values that no field of their kind may accept, whatever its other fields say.</summary>
public static class HostileValues
{
    private static readonly Gen<string> Letters = Gen.String[Gen.Char.AlphaNumeric, 1, 6];

    private static readonly Gen<char> Forbidden = Gen.OneOf(
        Gen.Char['\u0000', '\u001f'],
        Gen.Char['\u007f', '\u009f'],
        Gen.Char["\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe\uffff"],
        Gen.Char['\ud800', '\udfff']);

    /// <summary>Text with a character no stored text may hold, between letters (so that trimming cannot remove it).</summary>
    public static readonly Gen<HostileValue> BadCharacter =
        Gen.Select(Letters, Forbidden, Letters, (before, c, after) => HostileValue.Of(before + c + after));

    private static readonly Gen<HostileValue> Structure = Gen.OneOf(
        Gen.Const(new HostileValue(null, "[\"01\"]")),
        Gen.Const(new HostileValue(null, "{\"value\":\"01\"}")),
        Gen.Const(new HostileValue(null, "[]")),
        Gen.Const(new HostileValue(null, "{}")));

    /// <summary>Free text of at most <paramref name="maxLength"/> characters: a bad character, one too many, or no text at all.</summary>
    public static Gen<HostileValue> Text(int maxLength) => Gen.OneOf(
        BadCharacter,
        Gen.String[Gen.Char.AlphaNumeric, maxLength + 1, maxLength + 40].Select(HostileValue.Of),
        Structure);

    /// <summary>A name from a fixed list (province, level, status...): the same bad text, never one of the names.</summary>
    public static readonly Gen<HostileValue> Choice = Text(200);

    private static readonly Gen<int> YearOutside = Gen.OneOf(Gen.Int[1, DateWindow.FirstYear - 1], Gen.Int[DateWindow.LastYear + 1, 9999]);

    /// <summary>
    /// A day outside the window, bare or with a time. Days stop at the 28th and offsets at +7 h, so that no time of
    /// day moves a day outside the window into it in Vietnam.
    /// </summary>
    public static readonly Gen<HostileValue> DayOutside = Gen.Select(YearOutside, Gen.Int[1, 12], Gen.Int[1, 28], (year, month, day) =>
        HostileValue.Of($"{year:D4}-{month:D2}-{day:D2}"));

    public static readonly Gen<HostileValue> InstantOutside = Gen.OneOf(
        DayOutside,
        Gen.Select(DayOutside, Gen.OneOf("T08:00:00", "T00:00:00+07:00", "T23:59:59Z", "T12:00:00-11:00"), (day, time) => HostileValue.Of(day.Text + time)));

    public static readonly Gen<HostileValue> Instant = Gen.OneOf(InstantOutside, Text(200), Gen.OneOf("2026-02-30", "2026-13-01", "31/13/2026", "now").Select(HostileValue.Of));

    public static readonly Gen<HostileValue> Date = Gen.OneOf(DayOutside, Text(200), Gen.OneOf("2026-02-30", "2026-6-1", "2026-06-01T00:00:00").Select(HostileValue.Of));

    /// <summary>A period outside the window, of any kind.</summary>
    public static readonly Gen<HostileValue> PeriodOutside = Gen.Select(YearOutside, Gen.OneOf("-01", "-12", "-Q1", "-Q4", "-H1", "-H2", ""), (year, suffix) =>
        HostileValue.Of($"{year:D4}{suffix}"));

    public static readonly Gen<HostileValue> Period = Gen.OneOf(PeriodOutside, BadCharacter, Gen.OneOf("2026-13", "2026-Q5", "2026-W45", "26-11").Select(HostileValue.Of));

    /// <summary>What an e-document count refuses for its month: all of <see cref="Period"/>, and periods longer than a month.</summary>
    public static readonly Gen<HostileValue> Month = Gen.OneOf(Period, Gen.OneOf("2026-Q1", "2026-H2", "2026").Select(HostileValue.Of));

    /// <summary>A count of a fact: above the bound, negative, not whole, or not a number.</summary>
    public static readonly Gen<HostileValue> Count = Gen.OneOf(
        Gen.Long[CountBounds.Max + 1, long.MaxValue].Select(n => HostileValue.Number(n.ToString(CultureInfo.InvariantCulture))),
        Gen.Long[long.MinValue, -1].Select(n => HostileValue.Number(n.ToString(CultureInfo.InvariantCulture))),
        Gen.OneOf("1.5", "1e3", "99999999999999999999999").Select(HostileValue.Number),
        Gen.OneOf("0x10", "+5", "5 5", "١٢").Select(HostileValue.Of),
        Text(20));

    /// <summary>A share for a target: outside 0..1 as a JSON number.</summary>
    public static readonly Gen<HostileValue> ShareOutside = Gen.OneOf(
        Gen.Double[1.000001, 1e300], Gen.Double[-1e300, -0.000001]).Select(d => HostileValue.Number(d.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>A whole number outside [<paramref name="min"/>, <paramref name="max"/>] for a query parameter.</summary>
    public static Gen<HostileValue> IntOutside(int min, int max) =>
        Gen.OneOf(Gen.Int[int.MinValue, min - 1], Gen.Int[max + 1, int.MaxValue]).Select(n => HostileValue.Of(n.ToString(CultureInfo.InvariantCulture)));
}
