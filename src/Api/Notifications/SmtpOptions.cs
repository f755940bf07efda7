using System.Diagnostics.CodeAnalysis;
using MailKit.Security;

namespace KpiActors.Api.Notifications;

/// <summary>The "Smtp" settings: the mail server that emails are handed to. Without a host, email subscriptions are refused.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary>The sender, e.g. "Theo dõi KPI &lt;kpi@example.gov.vn&gt;".</summary>
    public string? From { get; init; }

    /// <summary>With <see cref="Password"/>: sign in before sending; without, send unauthenticated.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.Auto;

    [MemberNotNullWhen(true, nameof(Host), nameof(From))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
