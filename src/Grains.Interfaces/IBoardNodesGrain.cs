namespace KpiActors.Grains;

/// <summary>
/// The nodes whose boards want pushes (key 0). A node registers its observer at start and again every little while;
/// one not heard from for <see cref="Expiry"/> is dropped, so a dead node costs the notifiers nothing for long.
/// </summary>
[Alias("IBoardNodesGrain")]
public interface IBoardNodesGrain : IGrainWithIntegerKey
{
    static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);

    static readonly TimeSpan Expiry = TimeSpan.FromSeconds(35);

    /// <param name="node">The node's silo address (<c>SiloAddress.ToParsableString</c>), by which a node that died is told apart.</param>
    [Alias("Register")]
    Task RegisterAsync(string node, IBoardNodeObserver observer);

    [Alias("Unregister")]
    Task UnregisterAsync(string node);

    [Alias("List")]
    Task<IReadOnlyList<IBoardNodeObserver>> ListAsync();
}
