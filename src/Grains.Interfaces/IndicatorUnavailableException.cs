namespace KpiActors.Grains;

/// <summary>
/// A grain could not read its log (the database refused, or its stored sums would not fit a counter), so it has no
/// figures to give. Each call tries again; until one succeeds the grain answers this instead of figures that miss facts.
/// </summary>
[GenerateSerializer, Alias("IndicatorUnavailableException")]
public sealed class IndicatorUnavailableException : Exception
{
    public IndicatorUnavailableException()
    {
    }

    public IndicatorUnavailableException(string message) : base(message)
    {
    }

    public IndicatorUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
