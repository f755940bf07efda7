using System.Collections.Concurrent;
using KpiActors.Domain;

namespace KpiActors.Api.Targets;

/// <summary>
/// The targets grains judge by, held in memory: the legal defaults of indicators.json unless an admin set a
/// province's own. A change made on this node holds here at once; one made on another node is read from the
/// database within <see cref="Refresh"/> (a small table: every node reads it whole), so every node of a cluster
/// judges by it within seconds.
/// </summary>
public sealed class TargetPlans(SqlTargetStore store, ILogger<TargetPlans> logger) : BackgroundService, ITargetPlans
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);

    private volatile IReadOnlyDictionary<(string Province, string Indicator), ProvinceTarget> _own =
        new Dictionary<(string Province, string Indicator), ProvinceTarget>();

    public TargetPlan For(string province, Indicator indicator) =>
        _own.TryGetValue((province, indicator.Id), out var own) ? new TargetPlan([own.Target]) : new TargetPlan(indicator.DefaultTargets);

    public IReadOnlyList<ProvinceTarget> ProvinceTargets => _own.Values.OrderBy(t => t.Province).ThenBy(t => t.Indicator).ToList();

    public async Task SetAsync(ProvinceTarget target, CancellationToken cancellationToken)
    {
        await store.SetAsync(target, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string province, string indicator, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(province, indicator, cancellationToken);
        await LoadAsync(cancellationToken);
        return removed;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Loaded before the host goes on, so that no grain judges by the defaults where a province has its own.
        await LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LoadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading the targets failed; the last ones read stay in force");
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        _own = (await store.ListAsync(cancellationToken)).ToDictionary(t => (t.Province, t.Indicator));
}
