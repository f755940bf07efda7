namespace KpiActors.Domain;

/// <summary>
/// A count one fact may carry. A billion e-documents a month is far above any province (the largest send a few
/// million); the bound keeps every sum a grain or the log keeps, over any number of facts the system can hold,
/// billions of times away from overflowing a 64-bit counter.
/// </summary>
public static class CountBounds
{
    public const long Max = 1_000_000_000;
}
