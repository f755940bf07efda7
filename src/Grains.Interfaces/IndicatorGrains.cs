using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>The one way to reach an indicator grain, and many at once.</summary>
public static class IndicatorGrains
{
    public static IIndicatorGrain Indicator(this IGrainFactory grains, string province, string indicator) =>
        grains.GetGrain<IIndicatorGrain>(new IndicatorKey(province, indicator).ToString());

    /// <summary>Every (province, indicator) of these provinces and indicators, province by province.</summary>
    public static IEnumerable<IndicatorKey> Keys(IEnumerable<Province> provinces, IEnumerable<Indicator> indicators) =>
        provinces.SelectMany(p => indicators.Select(i => new IndicatorKey(p.Code, i.Id)));

    /// <summary>
    /// The readings of many grains for one period, side by side, in the keys' order. A grain that cannot read its log leaves
    /// a gap (null) where its reading would be, so that a page shows every other figure instead of failing for everyone.
    /// </summary>
    public static Task<IndicatorReading?[]> ReadingsAsync(this IGrainFactory grains, IEnumerable<IndicatorKey> keys, ReportingPeriod period) =>
        Task.WhenAll(keys.Select(key => OrGapAsync(grains.Indicator(key.Province, key.Indicator).GetReadingAsync(period))));

    private static async Task<IndicatorReading?> OrGapAsync(Task<IndicatorReading> reading)
    {
        try
        {
            return await reading;
        }
        catch (IndicatorUnavailableException)
        {
            return null;
        }
    }
}
