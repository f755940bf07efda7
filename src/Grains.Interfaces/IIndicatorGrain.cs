using KpiActors.Actors;
using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// The live projection of one (province, indicator): applies logged deltas in sequence order and answers
/// readings for any reporting period. Keyed by <see cref="IndicatorKey"/>.
/// </summary>
public interface IIndicatorGrain : IGrainWithStringKey
{
    Task ApplyAsync(DeltaBatch batch);

    Task<IndicatorReading> GetReadingAsync(ReportingPeriod period);

    /// <summary>The <paramref name="count"/> periods of one kind ending with <paramref name="last"/>, oldest first.</summary>
    Task<IReadOnlyList<IndicatorReading>> GetHistoryAsync(ReportingPeriod last, int count);

    /// <summary>The sequence number of the last delta applied.</summary>
    Task<long> GetWatermarkAsync();
}
