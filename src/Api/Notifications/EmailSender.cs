using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiActors.Api.Notifications;

/// <summary>Hands a notification to the configured SMTP server as a plain-text Vietnamese email; throws when it is not taken.</summary>
public sealed class EmailSender(IOptions<SmtpOptions> smtp, IOptions<NotificationOptions> options)
{
    public async Task SendAsync(Notification notification, CancellationToken ct)
    {
        var settings = smtp.Value;
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException("Smtp:Host and Smtp:From are not both set");
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(notification.Target));
        message.Subject = NotificationText.Subject(notification);
        // The delivery's id as the Message-ID: a mail server or client that sees a retry can tell it is the same message.
        message.MessageId = $"{notification.DeliveryId}@kpi-actors";
        message.Body = new TextPart("plain") { Text = NotificationText.Body(notification, options.Value.PublicBaseUrl) };

        using var client = new SmtpClient { Timeout = (int)options.Value.SendTimeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
