namespace KpiActors.Domain;

/// <summary>
/// Why <see cref="FreeText"/> refuses a text: what it holds and where (the index of the character at fault), or how long
/// it may be. The API words it for each of its readers.
/// </summary>
public abstract record TextFault
{
    private TextFault()
    {
    }

    /// <summary>Half of a UTF-16 surrogate pair without its other half: not valid Unicode.</summary>
    public sealed record LoneSurrogate(int At) : TextFault;

    /// <summary>A control character, NUL among them (PostgreSQL refuses it, SQLite keeps it).</summary>
    public sealed record ControlCharacter(char Character, int At) : TextFault;

    /// <summary>A bidirectional override or isolate, which makes a text read differently from what it is.</summary>
    public sealed record BidirectionalControl(char Character, int At) : TextFault;

    /// <summary>A code point Unicode reserves as never a character (U+FFFE, U+FFFF, U+FDD0 to U+FDEF).</summary>
    public sealed record Noncharacter(char Character, int At) : TextFault;

    /// <summary>Code points the normalizer itself refuses (noncharacters of other planes, among them).</summary>
    public sealed record NotNormalizable : TextFault;

    public sealed record TooLong(int MaxLength) : TextFault;
}
