using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>
/// On every node: turns new alert events into deliveries, takes the deliveries that are due from the outbox and sends
/// them, a few at a time, recording each attempt. A delivery another node holds is left to it; one whose node died is
/// taken over once its lease runs out.
/// </summary>
public sealed class DeliveryDispatcher(
    DeliveryOutbox outbox, EmailSender email, WebhookSender webhooks, TimeProvider clock, IOptions<NotificationOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    /// <summary>Taken per look and sent side by side: one slow receiver does not hold up the others for a whole timeout each.</summary>
    private const int ClaimAtOnce = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PublicBaseUrl is null)
        {
            logger.LogWarning("Notifications:PublicBaseUrl is not set: emails and webhooks carry no link to the board");
        }

        using var timer = new PeriodicTimer(options.Value.PollEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await outbox.FanOutAsync(stoppingToken);
                IReadOnlyList<DeliveryClaim> claims;
                do
                {
                    claims = await outbox.ClaimAsync(ClaimAtOnce, stoppingToken);
                    await Task.WhenAll(claims.Select(claim => SendAsync(claim, stoppingToken)));
                }
                while (claims.Count == ClaimAtOnce);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next look tries again; what was claimed and not recorded is taken again after its lease.
                logger.LogError(e, "Sending due deliveries failed");
            }
        }
    }

    private async Task SendAsync(DeliveryClaim claim, CancellationToken ct)
    {
        try
        {
            await AttemptAsync(claim, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The node is stopping mid-attempt: whether the receiver got it is unknown, and another attempt under the same
            // id is what the idempotency id is for.
            await outbox.ReleaseAsync(claim);
            throw;
        }
    }

    private async Task AttemptAsync(DeliveryClaim claim, CancellationToken ct)
    {
        var notification = await outbox.ReadAsync(claim, ct);
        string? error = null;
        if (notification is not null)
        {
            try
            {
                await (notification.Channel == Channels.Email ? email.SendAsync(notification, ct) : webhooks.SendAsync(notification, ct));
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                error = Describe(e);
                logger.LogWarning("Delivery {Delivery} to {Target} failed (attempt {Attempt}): {Error}", notification.DeliveryId, notification.Target, claim.Attempts, error);
            }
        }

        if (!await outbox.RecordAsync(claim, error, cancelled: notification is null, ct))
        {
            logger.LogWarning("Delivery {Id} took longer than its lease; another node may have sent it again under the same id", claim.Id);
        }
    }

    /// <summary>The exception and what caused it, in one line, bounded: it is shown to admins.</summary>
    private static string Describe(Exception e)
    {
        var text = e is TaskCanceledException ? "no answer within the send timeout" : e.Message;
        if (e.InnerException is { } inner && !text.Contains(inner.Message, StringComparison.Ordinal))
        {
            text += ": " + inner.Message;
        }

        return text.Length <= 500 ? text : text[..500];
    }
}
