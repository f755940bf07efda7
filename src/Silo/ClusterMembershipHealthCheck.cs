using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace KpiActors.Silo;

/// <summary>
/// Ready only while this node is an active member of its cluster: joining, shutting down, or declared dead by the
/// others (a node cut off from them), it must not take traffic that its grains could not serve. The membership table
/// is read for every check, not only the node's own view: a node cut off and back (a long pause, a partition healed)
/// learns that the others declared it dead only at its next read of the table, and would answer ready until then.
/// Reading it, such a node finds itself dead and Orleans ends it. A node that cannot read the table within
/// <see cref="ReadWithin"/> is not ready either: a probe must have an answer, not wait on a read that may never end.
/// </summary>
public sealed class ClusterMembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public static readonly TimeSpan ReadWithin = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        within.CancelAfter(ReadWithin);
        try
        {
            await membership.Refresh(cancellationToken: within.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The membership table of cluster '{silo.ClusterId}' was not read within {ReadWithin.TotalSeconds:0} s");
        }

        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Active member of cluster '{silo.ClusterId}' ({active} active)")
            : HealthCheckResult.Unhealthy($"This node is {status} in cluster '{silo.ClusterId}', not active");
    }
}
