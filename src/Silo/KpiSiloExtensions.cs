using System.Net;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime.Hosting;

namespace KpiActors.Silo;

public static class KpiSiloExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/kpi.db";

    /// <summary>
    /// The silo, in this host: storage as configured (<c>Storage:Provider</c> sqlite | postgres, <c>ConnectionStrings:Kpi</c>),
    /// its schema migrated before the silo starts, and clustering to match: one silo with localhost clustering on
    /// SQLite; on PostgreSQL every node that shares the database joins one cluster through Orleans' ADO.NET clustering
    /// (settings in <see cref="ClusterSettings"/>, section "Orleans").
    /// </summary>
    public static IHostApplicationBuilder AddKpiSilo(this IHostApplicationBuilder builder)
    {
        var database = builder.Services.AddKpiStorage(builder.Configuration);
        var cluster = builder.Configuration.GetSection("Orleans").Get<ClusterSettings>() ?? new ClusterSettings();
        builder.Services.AddHealthChecks().AddCheck<ClusterMembershipHealthCheck>("cluster", tags: ["ready"]);
        builder.UseOrleans(silo =>
        {
            silo.AddKpiGrains(builder.Configuration);
            silo.AddDashboard();
            if (database is PostgresDatabase postgres)
            {
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = "Npgsql";
                    options.ConnectionString = postgres.ConnectionString;
                });
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = cluster.ClusterId;
                    options.ServiceId = cluster.ServiceId;
                });
                silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedIP), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
                silo.Configure<ClusterMembershipOptions>(DetectDeathQuickly);
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            }
        });
        return builder;
    }

    /// <summary>
    /// What every silo of this app has, whatever its clustering (the app's, or a test cluster's): the grains' storage
    /// over the app's schema, the serialization of the KPI model, and what the grains are given.
    /// </summary>
    public static ISiloBuilder AddKpiGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddDomainSerialization();
        silo.Services.AddGrainStorage(KpiGrainStorage.Name, (services, _) => new SqlGrainStorage(services.GetRequiredService<Database>()));
        silo.Services.AddSingleton<IDeltaLog, SqlDeltaLog>();
        silo.Services.Configure<IndicatorGrainOptions>(configuration.GetSection("Grains"));
        silo.Services.Configure<BoardNotifierOptions>(configuration.GetSection("Board"));
        silo.Services.AddSingleton(configuration.GetSection("Status").Get<StatusPolicy>() ?? StatusPolicy.Default);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Configure<GrainCollectionOptions>(configuration.GetSection("Orleans:Collection"));
        return silo;
    }

    /// <summary>
    /// Orleans' defaults take about a minute to declare a silo dead. A node killed outright refuses connections at
    /// once, so probes fail fast: a probe every 2 s, three missed in a row to suspect it, and the votes of the others
    /// (or of the one other) declare it dead; measured by the cluster tests, 4-5 s for a killed node and about 25 s
    /// for one that hangs without closing its connections. Its grains come back on the survivors on their next call.
    /// A node that is alone, started again at another address, has nobody to declare its killed self dead: it joins
    /// once that member has missed three heartbeats in the table. A heartbeat every 5 s (Orleans': 30 s) makes that
    /// 15 s rather than 90; a heartbeat is one row updated by each node.
    /// </summary>
    public static void DetectDeathQuickly(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 3;
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }

    /// <summary>The storage engine chosen by configuration; its schema is migrated at start, before the silo starts.</summary>
    public static Database AddKpiStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? "sqlite";
        var connectionString = configuration.GetConnectionString("Kpi");
        Database database = provider.ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDatabase(connectionString ?? DefaultSqliteConnectionString),
            "postgres" or "postgresql" => new PostgresDatabase(
                connectionString ?? throw new InvalidOperationException("Storage:Provider is postgres but ConnectionStrings:Kpi is not set.")),
            _ => throw new InvalidOperationException($"Storage:Provider '{provider}' is not known: use sqlite or postgres."),
        };

        // Registered through a factory so that the container owns it and disposes it when the host stops:
        // a registered instance is never disposed, and PostgreSQL's pooled connections outlived the app.
        services.AddSingleton(_ => database);
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService<SchemaMigrationService>();
        services.AddSingleton<SqlFactStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return database;
    }
}
