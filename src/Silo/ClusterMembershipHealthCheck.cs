using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace KpiActors.Silo;

/// <summary>
/// Ready only while this node is an active member of its cluster: joining, shutting down, or declared dead by the
/// others (a node cut off from them), it must not take traffic that its grains could not serve.
/// </summary>
public sealed class ClusterMembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Active member of cluster '{silo.ClusterId}' ({active} active)")
            : HealthCheckResult.Unhealthy($"This node is {status} in cluster '{silo.ClusterId}', not active"));
    }
}
