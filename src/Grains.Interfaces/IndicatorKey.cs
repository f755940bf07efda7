namespace KpiActors.Grains;

/// <summary>The grain key of one (province, indicator): "01/ontime".</summary>
public readonly record struct IndicatorKey(string Province, string Indicator)
{
    public static IndicatorKey Parse(string key)
    {
        var slash = key.IndexOf('/');
        return slash > 0 ? new IndicatorKey(key[..slash], key[(slash + 1)..]) : throw new FormatException($"'{key}' is not province/indicator.");
    }

    public override string ToString() => $"{Province}/{Indicator}";
}
