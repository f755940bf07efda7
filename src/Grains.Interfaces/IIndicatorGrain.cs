using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// The live projection of one (province, indicator): applies logged deltas in sequence order and answers
/// readings for any reporting period. Keyed by <see cref="IndicatorKey"/>.
/// </summary>
[Alias("IIndicatorGrain")]
public interface IIndicatorGrain : IGrainWithStringKey
{
    [Alias("Apply")]
    Task ApplyAsync(DeltaBatch batch);

    [Alias("GetReading")]
    Task<IndicatorReading> GetReadingAsync(ReportingPeriod period);

    /// <summary>The <paramref name="count"/> periods of one kind ending with <paramref name="last"/>, oldest first.</summary>
    [Alias("GetHistory")]
    Task<IReadOnlyList<IndicatorReading>> GetHistoryAsync(ReportingPeriod last, int count);

    /// <summary>
    /// The targets of this (province, indicator) changed: the grain reads them again and judges its figures by them at
    /// once, pushing the new target and status to the boards and moving its alert if the status moved.
    /// </summary>
    [Alias("TargetChanged")]
    Task TargetChangedAsync();

    /// <summary>The sequence number of the last delta applied.</summary>
    [Alias("GetWatermark")]
    Task<long> GetWatermarkAsync();
}
