using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Where the cluster runs each (province, indicator) grain, asked of Orleans itself through a client of the cluster
/// (ADO.NET clustering on the same database, as an operator's tool would connect): a test that kills a node, or needs
/// a grain judged by another node's settings, knows which grains that node holds instead of hoping it holds some.
/// </summary>
public sealed class GrainPlacement : IAsyncDisposable
{
    private readonly IHost _host;

    private GrainPlacement(IHost host) => _host = host;

    public static async Task<GrainPlacement> ConnectAsync(KpiCluster cluster)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = cluster.ConnectionString;
            });
            // The nodes' defaults (Orleans:ClusterId and ServiceId "kpi").
            client.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = ("kpi", "kpi"));
        });
        builder.Services.AddDomainSerialization();
        var host = builder.Build();
        await host.StartAsync();
        return new GrainPlacement(host);
    }

    /// <summary>The grains of every province for these indicators that are active on <paramref name="node"/> now.</summary>
    public async Task<List<IndicatorKey>> HostedByAsync(AppProcess node, params string[] indicators)
    {
        var management = Grains.GetGrain<IManagementGrain>(0);
        var hosted = new List<IndicatorKey>();
        foreach (var key in ProvinceCatalog.Vietnam.All.SelectMany(p => indicators.Select(i => new IndicatorKey(p.Code, i))))
        {
            var silo = await management.GetActivationAddress(Grains.GetGrain<IIndicatorGrain>(key.ToString()));
            if (silo?.Endpoint.Port == node.SiloPort)
            {
                hosted.Add(key);
            }
        }

        return hosted;
    }

    /// <summary>The node that runs the list of nodes whose boards want pushes, one grain for the whole cluster.</summary>
    public Task<AppProcess> NodeRunningBoardNodesAsync(IReadOnlyList<AppProcess> nodes) =>
        NodeRunningAsync(nodes, Grains.GetGrain<IBoardNodesGrain>(0));

    /// <summary>The node that runs this (province, indicator) grain, which must be active.</summary>
    public Task<AppProcess> NodeRunningAsync(IReadOnlyList<AppProcess> nodes, IndicatorKey grain) =>
        NodeRunningAsync(nodes, Grains.GetGrain<IIndicatorGrain>(grain.ToString()));

    private IClusterClient Grains => _host.Services.GetRequiredService<IClusterClient>();

    private async Task<AppProcess> NodeRunningAsync(IReadOnlyList<AppProcess> nodes, IAddressable grain)
    {
        var silo = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotNull(silo);
        return nodes.Single(n => n.SiloPort == silo.Endpoint.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
