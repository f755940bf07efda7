using static KpiActors.Domain.Indicators;

namespace KpiActors.Domain;

/// <summary>
/// What each fact contributes to each indicator, and the delta between two versions of a fact: a
/// duplicate gives nothing, a correction moves exactly what changed.
/// </summary>
public static class Contributions
{
    public static IEnumerable<Delta> Of(IFact fact) => fact switch
    {
        DossierFact dossier => Of(dossier, Bucket.Month),
        EDocCountFact count => [new Delta(count.Province, EDocId, Bucket.Month(count.Month.Year, count.Month.Index), Counters.Of(count.Electronic, count.Total))],
        ProcedureFact procedure => [new Delta(procedure.Province, OnlineL4Id, Bucket.Stock, Counters.Of(
            1, procedure.OnlineLevel == 2 ? 1 : 0, procedure.OnlineLevel == 3 ? 1 : 0, procedure.OnlineLevel == 4 ? 1 : 0))],
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name, "Unknown fact."),
    };

    /// <summary>The change from <paramref name="previous"/> to <paramref name="next"/> (either may be absent), zero buckets left out.</summary>
    public static IEnumerable<Delta> Between(IFact? previous, IFact? next) =>
        PerBucket((previous is null ? [] : Of(previous).Select(Negated)).Concat(next is null ? [] : Of(next)));

    /// <summary>
    /// Deltas to the same bucket of the same grain added up into one, in the order each bucket first appears, and those
    /// that come to nothing left out: the log and the grains only ever add deltas up.
    /// </summary>
    public static IReadOnlyList<Delta> PerBucket(IEnumerable<Delta> deltas)
    {
        var sums = new Dictionary<(string Province, string Indicator, int Bucket), long[]>();
        var order = new List<(string Province, string Indicator, int Bucket)>();
        foreach (var delta in deltas)
        {
            var key = (delta.Province, delta.Indicator, delta.Bucket);
            if (!sums.TryGetValue(key, out var values))
            {
                sums[key] = values = new long[Counters.Width];
                order.Add(key);
            }

            Counters.Add(values, delta.Values, +1);
        }

        return order.Where(key => !Counters.IsZero(sums[key])).Select(key => new Delta(key.Province, key.Indicator, key.Bucket, sums[key])).ToList();
    }

    private static Delta Negated(Delta delta) => delta with { Values = [.. delta.Values.Select(v => -v)] };

    /// <summary>
    /// A dossier's contributions with its flow figures (received, ended) in the bucket <paramref name="flowBucket"/> gives
    /// their day: the log keeps months, a report cut off on other days than a month's end groups days its own way.
    /// </summary>
    public static IEnumerable<Delta> Of(DossierFact dossier, Func<DateOnly, int> flowBucket)
    {
        var receivedBucket = flowBucket(VietnamTime.DateOf(dossier.ReceivedAt));
        yield return new Delta(dossier.Province, OnlineDossierId, receivedBucket, Counters.Of(
            1,
            dossier.Channel == Channel.Online ? 1 : 0,
            dossier.Channel == Channel.InPerson ? 1 : 0,
            dossier.Channel == Channel.Postal ? 1 : 0));

        var onTime = new long[Counters.Width];
        onTime[OnTimeSlot.Received] = 1;
        yield return new Delta(dossier.Province, OnTimeId, receivedBucket, onTime);

        var endedBucket = flowBucket(VietnamTime.DateOf(dossier.ResolvedAt ?? dossier.ReceivedAt));
        switch (dossier.Status)
        {
            case DossierStatus.Received or DossierStatus.InProgress:
                yield return new Delta(dossier.Province, OnTimeId, Bucket.Day(VietnamTime.DateOf(dossier.DueAt)), Counters.Of(1));
                break;
            case DossierStatus.Resolved:
                var slot = DossierOutcomes.Of(dossier.ResolvedAt!.Value, dossier.DueAt) switch
                {
                    DossierOutcome.Early => OnTimeSlot.Early,
                    DossierOutcome.OnTime => OnTimeSlot.OnTime,
                    _ => OnTimeSlot.Late,
                };
                yield return Single(dossier.Province, endedBucket, slot);
                break;
            case DossierStatus.Returned:
                yield return Single(dossier.Province, endedBucket, OnTimeSlot.Returned);
                break;
            default:
                yield return Single(dossier.Province, endedBucket, OnTimeSlot.Cancelled);
                break;
        }
    }

    private static Delta Single(string province, int bucket, int slot)
    {
        var values = new long[Counters.Width];
        values[slot] = 1;
        return new Delta(province, OnTimeId, bucket, values);
    }
}
