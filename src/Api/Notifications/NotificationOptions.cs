namespace KpiActors.Api.Notifications;

/// <summary>The "Notifications" settings: where the board is reached from outside, and how deliveries are sent and retried.</summary>
public sealed class NotificationOptions
{
    /// <summary>The board's address as recipients reach it (https://kpi.example.gov.vn); links in emails and webhooks start with it.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How often each node looks for deliveries that are due.</summary>
    public TimeSpan PollEvery { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait after a first failed attempt; each further failure doubles it, up to <see cref="LongestRetryInterval"/>.</summary>
    public TimeSpan FirstRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A receiver that is down for hours is still tried at least this often.</summary>
    public TimeSpan LongestRetryInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long after it was due a delivery is retried before it is given up (status "failed").</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a node holds a delivery it is sending; a node that dies mid-send leaves it to another once this has
    /// passed. Longer than one attempt can take (<see cref="SendTimeout"/>), so that two nodes never send it at once.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Lets webhooks go to loopback, private and link-local addresses: for receivers on the same network as the servers.
    /// Off, any key holder could otherwise make the servers post to what only they can reach.
    /// </summary>
    public bool AllowPrivateWebhookTargets { get; init; }

    /// <summary>
    /// 32 bytes in base64 that webhook secrets are sealed with in the database (<see cref="WebhookSecrets"/>); the same on
    /// every node. Unset, secrets are stored as they are.
    /// </summary>
    public string? SecretKey { get; init; }

    /// <summary>
    /// Keys secrets were sealed with before <see cref="SecretKey"/>: what they sealed is still opened, and resealed with
    /// the current key when a node starts, so that they can be dropped once every node has started with the new key.
    /// </summary>
    public IReadOnlyList<string> PreviousSecretKeys { get; init; } = [];

    /// <summary>How long one attempt (an SMTP session, a webhook request) may take.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
