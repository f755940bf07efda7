namespace KpiActors.Api.Notifications;

/// <summary>
/// Who is told of which alerts, and how: by email or webhook, at once or in a daily digest at <paramref name="DigestHour"/>
/// (Vietnam time). Covers every pair of its provinces and indicators. The webhook secret is never part of it.
/// </summary>
public sealed record Subscription(
    string Id,
    string Channel,
    string Target,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> Indicators,
    string Delivery,
    int? DigestHour,
    string CreatedBy,
    DateTimeOffset CreatedAt);

public static class Channels
{
    public const string Email = "email";
    public const string Webhook = "webhook";

    public static readonly IReadOnlyList<string> All = [Email, Webhook];
}

/// <summary>Sent as soon as an alert changes, or gathered into one message a day.</summary>
public static class DeliveryModes
{
    public const string Immediate = "immediate";
    public const string Digest = "digest";

    public static readonly IReadOnlyList<string> All = [Immediate, Digest];
}
