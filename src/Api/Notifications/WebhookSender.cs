using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using KpiActors.Domain;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>Posts a notification as signed JSON; throws unless the receiver answers 2xx.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookSecrets secrets, TimeProvider clock, IOptions<NotificationOptions> options)
{
    public const string ClientName = "webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(Notification notification, CancellationToken ct)
    {
        var secret = secrets.Open(notification.SubscriptionId, notification.Secret ?? "");
        var body = JsonSerializer.SerializeToUtf8Bytes(Payload(notification, options.Value.PublicBaseUrl), Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, notification.Target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSigning.IdempotencyHeader, notification.DeliveryId);
        request.Headers.Add(WebhookSigning.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigning.SignatureHeader, WebhookSigning.Sign(secret, timestamp, body));

        using var client = clients.CreateClient(ClientName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.SendTimeout);
        using var response = await client.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    /// <summary>The body: the delivery's id again (receivers that log bodies keep it), and each alert with its figures.</summary>
    public static WebhookPayload Payload(Notification notification, Uri? publicBaseUrl) => new(
        notification.DeliveryId,
        notification.SubscriptionId,
        notification.Digest,
        notification.Alerts.Select(a => new WebhookAlert(
            a.Id, a.Change, a.Kind, a.Province, ProvinceCatalog.Vietnam.TryFind(a.Province, out var p) ? p.Name : a.Province,
            a.Indicator, Indicators.TryFind(a.Indicator, out var i) ? i.NameVi : a.Indicator, a.Period,
            a.Value, a.Target, NotificationText.GapOf(a), EnumText<TargetStatus>.Of(a.Status), a.ChangedAt, a.LastFactAt,
            NotificationText.ProvinceLink(publicBaseUrl, a)?.AbsoluteUri)).ToList());
}

public sealed record WebhookPayload(string DeliveryId, string SubscriptionId, bool Digest, IReadOnlyList<WebhookAlert> Alerts);

/// <param name="Kind">"behind": the figure is behind its target; "no-data": the province's feed has sent nothing since <paramref name="LastFactAt"/>.</param>
/// <param name="Gap">Value minus target: negative below it; null without a value.</param>
/// <param name="Status">How the figure was judged at the change, as the board says it: "behind", "at-risk", "met", ...</param>
public sealed record WebhookAlert(
    long Id, string Change, string Kind, string Province, string ProvinceName, string Indicator, string IndicatorName, string Period,
    double? Value, double Target, double? Gap, string Status, DateTimeOffset ChangedAt, DateTimeOffset? LastFactAt, string? BoardUrl);
