using System.Reflection;
using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiActors.Silo;

public static class SiloServiceCollectionExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/kpi.db";

    /// <summary>
    /// The storage engine chosen by configuration: <c>Storage:Provider</c> (sqlite | postgres, default sqlite)
    /// and <c>ConnectionStrings:Kpi</c> (default: a SQLite file under ./data/). The schema is migrated at start.
    /// </summary>
    public static IServiceCollection AddKpiStorage(this IServiceCollection services, IConfiguration configuration)
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
        services.AddSingleton<IGrainStorage, SqlGrainStorage>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }

    /// <summary>The actor runtime, serving the grain classes found in the given assemblies.</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<SiloOptions>? configure, params Assembly[] grainAssemblies)
    {
        services.AddOptions<SiloOptions>().Configure(options => configure?.Invoke(options));
        services.AddSingleton(provider => new SiloRuntime(
            new GrainTypeMap(grainAssemblies.SelectMany(GrainTypeMap.GrainClassesIn), provider.GetRequiredService<IOptions<SiloOptions>>().Value.CollectionAge),
            provider,
            provider.GetRequiredService<IOptions<SiloOptions>>(),
            provider.GetRequiredService<ILogger<SiloRuntime>>()));
        services.AddSingleton<IGrainFactory>(provider => provider.GetRequiredService<SiloRuntime>());
        services.AddHostedService<SiloHost>();
        return services;
    }
}
