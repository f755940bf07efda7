using KpiActors.Silo;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>Alerts reaching people who are not watching the board: subscriptions, the outbox, and its dispatcher on every node.</summary>
public static class NotificationsFeature
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // A bad key stops the start before anything runs, rather than the first webhook.
        services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection("Notifications"))
            .Validate(o => WebhookSecrets.TryReadKey(o.SecretKey, out _), WebhookSecrets.KeyRequirement)
            .Validate(o => WebhookSecrets.TryReadPreviousKeys(o, out _), WebhookSecrets.PreviousKeysRequirement)
            .ValidateOnStart();
        services.AddSchemaPart(NotificationsSchema.Part);
        services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<SqlSubscriptionStore>();
        services.AddSingleton<DeliveryOutbox>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<WebhookSender>();
        // A receiver's redirect is not followed: the signed body goes to the address the subscription names, nowhere else.
        services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = WebhookAddresses.Connect(sp.GetRequiredService<IOptions<NotificationOptions>>().Value.AllowPrivateWebhookTargets),
        });
        services.AddHostedService<WebhookSecretSealing>();
        services.AddHostedService<DeliveryDispatcher>();
        return builder;
    }
}
