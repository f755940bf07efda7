using KpiActors.Grains;

namespace KpiActors.Api.Alerts;

/// <summary>Alerts: told by the board notifiers, fired and resolved by the evaluator on every node, listed, acknowledged and silenced through the API.</summary>
public static class AlertsFeature
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AlertOptions>(builder.Configuration.GetSection("Alerts"));
        builder.Services.AddSingleton<SqlAlertStore>();
        builder.Services.AddSingleton<IAlertLog>(sp => sp.GetRequiredService<SqlAlertStore>());
        builder.Services.AddSingleton<SqlSilenceStore>();
        builder.Services.AddSingleton<AlertEvaluator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AlertEvaluator>());
        return builder;
    }
}
