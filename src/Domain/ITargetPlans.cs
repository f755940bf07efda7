namespace KpiActors.Domain;

/// <summary>Where grains find the targets in force: the legal defaults unless a province has its own.</summary>
public interface ITargetPlans
{
    TargetPlan For(string province, Indicator indicator);
}
