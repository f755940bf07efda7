namespace KpiActors.Api.Notifications;

/// <summary>
/// At start, before anything is sent: seals with the current key the webhook secrets stored before
/// Notifications:SecretKey was set or sealed with a previous key, or says that secrets are stored as they are while it is
/// not set.
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

        var (resealed, unreadable) = await subscriptions.ResealStoredSecretsAsync(cancellationToken);
        if (resealed > 0)
        {
            logger.LogInformation("Sealed {Count} webhook secrets with the current Notifications:SecretKey", resealed);
        }

        if (unreadable > 0)
        {
            logger.LogWarning(
                "{Count} webhook secrets were sealed with a key this node does not have: their deliveries fail until it is named in Notifications:PreviousSecretKeys",
                unreadable);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
