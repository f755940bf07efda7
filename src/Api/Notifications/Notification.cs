using KpiActors.Domain;

namespace KpiActors.Api.Notifications;

/// <summary>
/// What one delivery says: the alerts it carries (one, or a digest's), to whom, under which idempotency id; a webhook's
/// secret as stored (<see cref="WebhookSecrets"/>).
/// </summary>
public sealed record Notification(string DeliveryId, string SubscriptionId, string Channel, string Target, string? Secret, bool Digest, IReadOnlyList<NotifiedAlert> Alerts);

/// <summary>
/// An alert as a notification tells it: what changed and when, what it is about (a figure behind its target, or a feed
/// silent since <see cref="LastFactAt"/>), where the figure stood against its target then, and how it was judged.
/// </summary>
public sealed record NotifiedAlert(
    long Id, string Change, string Kind, string Province, string Indicator, string Period, double? Value, double Target, TargetStatus Status,
    DateTimeOffset ChangedAt, DateTimeOffset? LastFactAt);
