namespace KpiActors.Domain;

/// <summary>An indicator's numerator over its denominator; no value while the denominator is zero.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;
}
