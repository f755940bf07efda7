using KpiActors.Silo.Facts;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using Orleans.TestingHost;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// Drives grains the way a node's ingest pipeline does: stores facts in one commit through that node's fact store,
/// then sends each grain the batch of its deltas the commit returned, from that node. A batch can be "lost" on the
/// way (never delivered), which is how a grain comes to miss one.
/// </summary>
public sealed class Feed(SqlFactStore store, IGrainFactory grains)
{
    /// <summary>The host's first silo, as one node.</summary>
    public Feed(GrainTestHost host)
        : this(host.Facts, host.GrainsOn(host.Silos[0]))
    {
    }

    /// <summary>One silo of the host, as one node of several.</summary>
    public Feed(GrainTestHost host, SiloHandle node)
        : this(host.FactsOn(node), host.GrainsOn(node))
    {
    }

    /// <summary>Every batch delivered so far, in order, to deliver again.</summary>
    public List<(string Grain, DeltaBatch Batch)> Delivered { get; } = [];

    public Task<FactCommit> StoreAsync(params IFact[] facts) => store.CommitAsync([new FactBatch(facts)]);

    public async Task<FactCommit> StoreAndDeliverAsync(params IFact[] facts)
    {
        var commit = await StoreAsync(facts);
        await DeliverAsync(commit);
        return commit;
    }

    public async Task DeliverAsync(FactCommit commit, Func<string, bool>? lost = null)
    {
        foreach (var (grain, batch) in commit.Grains.Select(g => (g.Grain.ToString(), g.Batch)))
        {
            if (lost?.Invoke(grain) == true)
            {
                continue;
            }

            await grains.GetGrain<IIndicatorGrain>(grain).ApplyAsync(batch);
            Delivered.Add((grain, batch));
        }
    }
}
