using KpiActors.Silo;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// A test silo as the app's: its storage and grains configured by the app's own extensions from the host's
/// configuration, and the test's clock. On a host of several silos they
/// form a cluster through Orleans' ADO.NET clustering on the test's PostgreSQL database, as the app's nodes do.
/// </summary>
public sealed class KpiSiloConfigurator : ISiloConfigurator
{
    public const string AdoNetClusteringKey = "KpiTests:AdoNetClustering";

    public void Configure(ISiloBuilder silo)
    {
        var configuration = silo.Configuration;
        var objects = HostObjects.For(configuration[HostObjects.ConfigurationKey]!);
        silo.Services.AddKpiStorage(configuration);
        silo.AddKpiGrains(configuration);
        silo.Services.AddSingleton(objects.Clock);
        // The test's clock is the grains' "now"; Orleans' own liveness and collection keep real time.
        silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        silo.Services.AddSingleton<CrashSwitch>();
        silo.Services.AddKeyedSingleton<IGrainStorage>(KpiGrainStorage.Name, (services, _) =>
            new CrashableGrainStorage(new SqlGrainStorage(services.GetRequiredService<Database>()), services.GetRequiredService<CrashSwitch>()));

        if (bool.TryParse(configuration[AdoNetClusteringKey], out var adoNet) && adoNet)
        {
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = configuration.GetConnectionString("Kpi");
            });
            silo.Configure<ClusterMembershipOptions>(KpiSiloExtensions.DetectDeathQuickly);
        }
    }
}
