namespace KpiActors.Api.Notifications;

/// <summary>
/// At start, before anything is sent: seals the webhook secrets stored before Notifications:SecretKey was set, or says
/// that secrets are stored as they are while it is not.
/// </summary>
public sealed class WebhookSecretSealing(SqlSubscriptionStore subscriptions, WebhookSecrets secrets, ILogger<WebhookSecretSealing> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!secrets.Seals)
        {
            logger.LogWarning("Notifications:SecretKey is not set: webhook secrets are stored in the database as they are");
            return;
        }

        if (await subscriptions.SealStoredSecretsAsync(cancellationToken) is > 0 and var count)
        {
            logger.LogInformation("Sealed {Count} webhook secrets stored before Notifications:SecretKey was set", count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
