using KpiActors.Silo.Alerts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiActors.Api.Alerts;

/// <summary>
/// Alerts as people handle them: listed, acknowledged and silenced through the API. The grains that own the figures keep
/// the alerts themselves (their state machine, deadlines and outbox); this feature reads what they recorded.
/// </summary>
public static class AlertsFeature
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<SqlAlertStore>();
        builder.Services.AddSingleton<SqlSilenceStore>();
        return builder;
    }
}
