using KpiActors.Domain;

namespace KpiActors.Api.Targets;

/// <summary>Province targets that replace the legal defaults: stored, held on every node, and what grains judge by.</summary>
public static class TargetsFeature
{
    public static WebApplicationBuilder AddTargets(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqlTargetStore>();
        builder.Services.AddSingleton<TargetPlans>();
        builder.Services.AddSingleton<ITargetPlans>(sp => sp.GetRequiredService<TargetPlans>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TargetPlans>());
        return builder;
    }
}
