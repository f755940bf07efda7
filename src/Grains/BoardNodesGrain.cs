namespace KpiActors.Grains;

/// <summary>
/// Kept in memory only: after this grain moves or restarts, every node registers again within
/// <see cref="IBoardNodesGrain.Refresh"/>, which is also how long a board on a new node may miss pushes.
/// </summary>
public sealed class BoardNodesGrain(TimeProvider clock) : Grain, IBoardNodesGrain
{
    private readonly Dictionary<string, (IBoardNodeObserver Observer, DateTimeOffset Seen)> _nodes = [];

    public Task RegisterAsync(string node, IBoardNodeObserver observer)
    {
        _nodes[node] = (observer, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task UnregisterAsync(string node)
    {
        _nodes.Remove(node);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IBoardNodeObserver>> ListAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var stale in _nodes.Where(n => now - n.Value.Seen > IBoardNodesGrain.Expiry).Select(n => n.Key).ToList())
        {
            _nodes.Remove(stale);
        }

        return Task.FromResult<IReadOnlyList<IBoardNodeObserver>>(_nodes.Values.Select(n => n.Observer).ToList());
    }
}
