namespace KpiActors.Benchmarks.Cluster;

/// <summary>
/// One cluster size on one PostgreSQL: ingest with requests spread over the nodes, push latency to boards on nodes
/// other than the writer's, and after a node's SIGKILL, when its provinces answer again on the survivors.
/// </summary>
public sealed record ClusterRun(
    int Nodes,
    IReadOnlyList<double> IngestEventsPerSecond,
    IReadOnlyList<Push.PushRun> Push,
    ClusterFailover? Failover);

/// <summary>
/// From the SIGKILL of one node until the four boards, asked on a survivor, show every province as before, and until
/// a new dossier for every province, posted to a survivor, is acknowledged. <paramref name="GrainsOnKilledNode"/>: the
/// province grains the killed node held, which had to come back elsewhere.
/// </summary>
public sealed record ClusterFailover(TimeSpan BoardsAnswer, TimeSpan PostsAcknowledged, int GrainsOnKilledNode, int FailedRequests);
