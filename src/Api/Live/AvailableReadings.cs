using KpiActors.Grains;

namespace KpiActors.Api.Live;

/// <summary>
/// Readings of many grains at once. One grain that cannot read its log leaves a gap (null) where its reading would be,
/// so that a page or a hub snapshot shows every other figure instead of failing for everyone.
/// </summary>
public static class AvailableReadings
{
    public static Task<IndicatorReading?[]> ReadAsync(IEnumerable<Task<IndicatorReading>> readings) => Task.WhenAll(readings.Select(OrGapAsync));

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
