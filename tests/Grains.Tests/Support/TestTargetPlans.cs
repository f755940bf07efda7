using System.Collections.Concurrent;
using KpiActors.Domain;

namespace KpiActors.Grains.Tests.Support;

/// <summary>The legal defaults of indicators.json, unless a test gives a province a target of its own.</summary>
public sealed class TestTargetPlans : ITargetPlans
{
    private readonly ConcurrentDictionary<(string Province, string Indicator), Target> _own = new();

    public void Set(string province, string indicator, Target target) => _own[(province, indicator)] = target;

    public TargetPlan For(string province, Indicator indicator) =>
        _own.TryGetValue((province, indicator.Id), out var own) ? new TargetPlan([own]) : new TargetPlan(indicator.DefaultTargets);
}
