namespace KpiActors.Silo;

/// <summary>The "Orleans" settings: how this node joins its cluster.</summary>
public sealed class ClusterSettings
{
    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Nodes of one cluster share it; another cluster on the same database uses another.</summary>
    public string ClusterId { get; set; } = "kpi";

    /// <summary>Stays the same across deployments of this service; Orleans keys its own data by it.</summary>
    public string ServiceId { get; set; } = "kpi";

    /// <summary>The address other nodes reach this one at: its own on the network it shares with them.</summary>
    public string AdvertisedIP { get; set; } = "127.0.0.1";
}
