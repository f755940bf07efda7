using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace KpiActors.Grains;

/// <summary>
/// Kept in grain storage as well as in memory. When the node running this grain dies, Orleans starts it again on
/// another; had it only its memory, the notifiers asking it in the seconds before every node registers again would
/// push to nobody, and those figures and alerts would never reach the boards, since nothing sends them again. So a
/// new activation starts from the stored nodes that are still active members, as if just heard from; a node that then
/// does not register again within <see cref="IBoardNodesGrain.Expiry"/> is dropped. Stored only when the nodes
/// change, not on every refresh.
/// </summary>
public sealed class BoardNodesGrain(
    [PersistentState("nodes", KpiGrainStorage.Name)] IPersistentState<BoardNodesState> state,
    IClusterMembershipService membership,
    TimeProvider clock,
    ILogger<BoardNodesGrain> logger) : Grain, IBoardNodesGrain
{
    // When each node was last heard from, on the monotonic clock: a wall clock set forward must not expire every node at once.
    private readonly Dictionary<string, (IBoardNodeObserver Observer, long Seen)> _nodes = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        foreach (var (node, observer) in state.State.Observers.ToList())
        {
            if (IsActiveMember(node))
            {
                _nodes[node] = (GrainFactory.GetGrain<IBoardNodeObserver>(GrainId.Parse(observer)), now);
            }
            else
            {
                // Gone while this grain was not running (a restart of a single node leaves its former self here).
                state.State.Observers.Remove(node);
            }
        }

        return Task.CompletedTask;
    }

    public async Task RegisterAsync(string node, IBoardNodeObserver observer)
    {
        _nodes[node] = (observer, clock.GetTimestamp());
        var id = observer.GetGrainId().ToString();
        if (state.State.Observers.GetValueOrDefault(node) != id)
        {
            state.State.Observers[node] = id;
            await SaveAsync();
        }
    }

    public async Task UnregisterAsync(string node)
    {
        _nodes.Remove(node);
        if (state.State.Observers.Remove(node))
        {
            await SaveAsync();
        }
    }

    public async Task<IReadOnlyList<IBoardNodeObserver>> ListAsync()
    {
        var stale = _nodes.Where(n => clock.GetElapsedTime(n.Value.Seen) > IBoardNodesGrain.Expiry).Select(n => n.Key).ToList();
        foreach (var node in stale)
        {
            _nodes.Remove(node);
            state.State.Observers.Remove(node);
        }

        if (stale.Count > 0)
        {
            await SaveAsync();
        }

        return _nodes.Values.Select(n => n.Observer).ToList();
    }

    private bool IsActiveMember(string node)
    {
        try
        {
            return membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(node)) == SiloStatus.Active;
        }
        catch (FormatException)
        {
            // Not a silo address: kept, and dropped after the expiry like any node that stops registering.
            return true;
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException e)
        {
            // Another activation wrote since this one read (Orleans can briefly run two during a directory change): this
            // one steps aside, the caller's registration fails and is made again at its next refresh, with the survivor.
            logger.LogWarning(e, "The board nodes were stored by another activation; deactivating this one");
            DeactivateOnIdle();
            throw;
        }
    }
}
