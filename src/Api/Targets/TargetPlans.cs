using System.Collections.Concurrent;
using KpiActors.Domain;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Targets;

/// <summary>
/// The targets grains judge by, held in memory: the legal defaults of indicators.json unless an admin
/// set a province's own. Loaded at start, changed only through <see cref="SetAsync"/> and <see cref="RemoveAsync"/>.
/// </summary>
public sealed class TargetPlans(SqlTargetStore store) : ITargetPlans, IHostedService
{
    private readonly ConcurrentDictionary<(string Province, string Indicator), ProvinceTarget> _own = new();

    public TargetPlan For(string province, Indicator indicator) =>
        _own.TryGetValue((province, indicator.Id), out var own) ? new TargetPlan([own.Target]) : new TargetPlan(indicator.DefaultTargets);

    public IReadOnlyList<ProvinceTarget> ProvinceTargets => _own.Values.OrderBy(t => t.Province).ThenBy(t => t.Indicator).ToList();

    public async Task SetAsync(ProvinceTarget target, CancellationToken cancellationToken)
    {
        await store.SetAsync(target, cancellationToken);
        _own[(target.Province, target.Indicator)] = target;
    }

    public async Task<bool> RemoveAsync(string province, string indicator, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(province, indicator, cancellationToken);
        _own.TryRemove((province, indicator), out _);
        return removed;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var target in await store.ListAsync(cancellationToken))
        {
            _own[(target.Province, target.Indicator)] = target;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
