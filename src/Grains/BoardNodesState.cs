namespace KpiActors.Grains;

/// <summary>The nodes whose boards want pushes, as stored: each node's observer by its grain id, which a reference can be made again from.</summary>
public sealed class BoardNodesState
{
    public Dictionary<string, string> Observers { get; set; } = [];
}
