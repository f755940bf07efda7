using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace KpiActors.Grains.Tests.Support;

/// <summary>The test's client, which reads grains as a board does: the same serialization of the KPI model as the silos.</summary>
public sealed class KpiClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder client)
    {
        client.Services.AddDomainSerialization();
        if (bool.TryParse(configuration[KpiSiloConfigurator.AdoNetClusteringKey], out var adoNet) && adoNet)
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = configuration.GetConnectionString("Kpi");
            });
        }
    }
}
