using KpiActors.Silo.Facts;
using System.Net;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Clustering;
using KpiActors.Silo.Reminders;
using KpiActors.Silo.Storage;
using KpiActors.Silo.Targets;
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
    /// Everything the grains need, whatever the silo's clustering (the app's, or a test cluster's): their storage over the
    /// app's schema, the log, the targets and the alert journal they read and write, reminders for their deadlines, the
    /// serialization of the KPI model, and their settings. Nothing the grains use is implemented by the web app.
    /// </summary>
    public static ISiloBuilder AddKpiGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        var services = silo.Services;
        services.AddDomainSerialization();
        services.AddGrainStorage(KpiGrainStorage.Name, (provider, _) => new SqlGrainStorage(provider.GetRequiredService<Database>()));
        services.AddSingleton<IDeltaLog, SqlDeltaLog>();
        services.TryAddSingleton<SqlTargetStore>();
        services.AddSingleton<ITargetBook>(provider => provider.GetRequiredService<SqlTargetStore>());
        services.TryAddSingleton<SqlAlertStore>();
        services.AddSingleton<IAlertJournal>(provider => provider.GetRequiredService<SqlAlertStore>());
        silo.AddReminders();
        services.AddSingleton<IReminderTable, SqlReminderTable>();
        silo.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.Configure<IndicatorGrainOptions>(configuration.GetSection("Grains"));
        services.Configure<BoardNotifierOptions>(configuration.GetSection("Board"));
        // A bad entry stops the start, naming the setting, rather than leaving a feed unwatched.
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection("Alerts"))
            .Validate(o => o.HasValidNoDataEntries(), "Alerts:NoDataForIndicator: each entry names an indicator and is 'off' or a positive period (1.00:00:00)")
            .Validate(o => o.PendingFor >= TimeSpan.Zero && o.KeepFiringFor >= TimeSpan.Zero && o.NoDataFor > TimeSpan.Zero && o.RetryEvery > TimeSpan.Zero,
                "Alerts: PendingFor and KeepFiringFor are zero or more, NoDataFor and RetryEvery more than zero")
            .ValidateOnStart();
        services.AddSingleton(configuration.GetSection("Status").Get<StatusPolicy>() ?? StatusPolicy.Default);
        services.TryAddSingleton(TimeProvider.System);
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

    /// <summary>
    /// The silo's share of the schema, in the order it is migrated: the grains' state, cluster membership, reminders, the
    /// facts and their log, targets, alerts. The web app's features add theirs after these (Program.cs says in which order).
    /// </summary>
    public static IReadOnlyList<SchemaPart> SchemaParts { get; } =
        [GrainStateSchema.Part, ClusterMembershipSchema.Part, RemindersSchema.Part, FactsSchema.Part, TargetsSchema.Part, AlertsSchema.Part];

    /// <summary>A feature's share of the schema, migrated at start after those added before it.</summary>
    public static IServiceCollection AddSchemaPart(this IServiceCollection services, SchemaPart part) => services.AddSingleton(part);

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
        foreach (var part in SchemaParts)
        {
            services.AddSchemaPart(part);
        }

        services.AddSingleton<SqlFactStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return database;
    }
}
