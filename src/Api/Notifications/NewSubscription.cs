namespace KpiActors.Api.Notifications;

/// <summary>A subscription as asked for. Provinces and indicators left out mean all that the key may cover.</summary>
/// <param name="Target">An email address, or the http(s) URL a webhook is posted to.</param>
/// <param name="Delivery">"immediate" (the default) or "digest".</param>
/// <param name="DigestHour">For a digest: the hour of the day, Vietnam time (0-23), at which it is sent.</param>
public sealed record NewSubscription(
    string? Channel, string? Target, IReadOnlyList<string>? Provinces, IReadOnlyList<string>? Indicators, string? Delivery, int? DigestHour);

/// <summary>The answer to a creation: the subscription, and for a webhook its signing secret, shown this once only.</summary>
public sealed record CreatedSubscription(Subscription Subscription, string? Secret);
