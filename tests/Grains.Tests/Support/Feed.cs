using KpiActors.Domain;
using KpiActors.Silo.Storage;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// Drives grains the way the ingest pipeline does: store facts in one commit, then send each grain its
/// deltas as one batch naming the last sequence sent to that grain before. A batch can be "lost" on the
/// way (counted as sent, never delivered), which is how a grain comes to miss one.
/// </summary>
public sealed class Feed(GrainTestHost host)
{
    private readonly Dictionary<string, long> _lastSent = [];

    /// <summary>Every batch delivered so far, in order, to deliver again.</summary>
    public List<(string Grain, DeltaBatch Batch)> Delivered { get; } = [];

    public Task<FactCommit> StoreAsync(params IFact[] facts) => host.Facts.CommitAsync([new FactBatch(facts)]);

    public async Task<FactCommit> StoreAndDeliverAsync(params IFact[] facts)
    {
        var commit = await StoreAsync(facts);
        await DeliverAsync(commit);
        return commit;
    }

    public async Task DeliverAsync(FactCommit commit, Func<string, bool>? lost = null)
    {
        foreach (var grain in commit.Deltas.GroupBy(d => new IndicatorKey(d.Province, d.Indicator).ToString()))
        {
            var batch = new DeltaBatch(_lastSent.GetValueOrDefault(grain.Key), grain.Select(d => d.Delta).ToList());
            _lastSent[grain.Key] = batch.Deltas[^1].Sequence;
            if (lost?.Invoke(grain.Key) == true)
            {
                continue;
            }

            await host.Grain(grain.Key).ApplyAsync(batch);
            Delivered.Add((grain.Key, batch));
        }
    }
}
