using KpiActors.Silo.Targets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiActors.Api.Targets;

/// <summary>Province targets that replace the legal defaults: stored, and told to the grains they concern at once.</summary>
public static class TargetsFeature
{
    public static WebApplicationBuilder AddTargets(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<SqlTargetStore>();
        return builder;
    }
}
