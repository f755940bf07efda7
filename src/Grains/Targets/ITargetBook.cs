using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>Where a grain finds the targets it judges by: a province's own, else the legal defaults.</summary>
public interface ITargetBook
{
    Task<TargetPlan> PlanAsync(string province, Indicator indicator, CancellationToken cancellationToken = default);
}
