using KpiActors.Grains;

namespace KpiActors.Api.Alerts;

/// <summary>Alerts: recorded once by the board notifiers, listed and acknowledged through the API.</summary>
public static class AlertsFeature
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqlAlertStore>();
        builder.Services.AddSingleton<IAlertLog>(sp => sp.GetRequiredService<SqlAlertStore>());
        return builder;
    }
}
