using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>What the tests of notifications share: the settings they start the app with, and reading the API.</summary>
public static class NotificationKit
{
    public const string BoardUrl = "https://kpi.example.gov.vn";

    /// <summary>
    /// An alert fires as soon as a province is behind and resolves as soon as it is not (no pending or keep-firing period,
    /// alerts looked at every 100 ms), the outbox is looked at every 100 ms and a first retry comes after 200 ms: the tests wait for outcomes, not for defaults.
    /// </summary>
    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:PendingFor"] = "00:00:00",
            ["Alerts:KeepFiringFor"] = "00:00:00",
            ["Notifications:PublicBaseUrl"] = BoardUrl,
            // The tests' receivers listen on loopback, which webhooks may not reach otherwise.
            ["Notifications:AllowPrivateWebhookTargets"] = "true",
            ["Notifications:PollEvery"] = "00:00:00.100",
            ["Notifications:FirstRetryAfter"] = "00:00:00.200",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Creates a subscription and returns its id and (for a webhook) its secret.</summary>
    public static async Task<(string Id, string? Secret)> SubscribeAsync(this HttpClient client, object subscription)
    {
        var created = await client.PostAsJsonAsync("/api/v1/subscriptions", subscription).JsonAsync(HttpStatusCode.Created);
        var secret = created.GetProperty("secret");
        return (created.GetProperty("subscription").Text("id"), secret.ValueKind == JsonValueKind.Null ? null : secret.GetString());
    }

    /// <summary>The alerts of a province, oldest first, once there are <paramref name="count"/>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AlertsOfAsync(this HttpClient client, string province, int count) =>
        await Poll.UntilAsync(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000")).EnumerateArray()
                .Where(a => a.Text("province") == province).Reverse().ToList(),
            alerts => alerts.Count >= count, TimeSpan.FromSeconds(60), $"{count} alert(s) of {province}");

    public static async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(this HttpClient client, long alertId) =>
        [.. (await client.GetAsync($"/api/v1/alerts/{alertId}/deliveries").JsonAsync()).EnumerateArray()];

    /// <summary>Waits until every delivery of the alert has left "pending", and returns them.</summary>
    public static Task<IReadOnlyList<JsonElement>> SettledDeliveriesAsync(this HttpClient client, long alertId, int count) =>
        Poll.UntilAsync(() => client.DeliveriesAsync(alertId), Settled(count), TimeSpan.FromSeconds(60), $"the {count} deliveries of alert {alertId} to be settled");

    /// <summary>
    /// Waits until the alerts of a province have <paramref name="count"/> deliveries, none pending, and returns them oldest
    /// first: whether its falling behind and its recovery are one alert or two, each change is a delivery of its own.
    /// </summary>
    public static Task<IReadOnlyList<JsonElement>> SettledDeliveriesOfAsync(this HttpClient client, string province, int count) =>
        Poll.UntilAsync(
            async () =>
            {
                var alerts = (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000")).EnumerateArray().Where(a => a.Text("province") == province);
                var deliveries = new List<JsonElement>();
                foreach (var alert in alerts)
                {
                    deliveries.AddRange(await client.DeliveriesAsync(alert.GetProperty("id").GetInt64()));
                }

                return (IReadOnlyList<JsonElement>)[.. deliveries.DistinctBy(d => d.Text("id")).OrderBy(d => d.GetProperty("createdAt").GetDateTimeOffset())];
            },
            Settled(count), TimeSpan.FromSeconds(60), $"the {count} deliveries of the alerts of {province} to be settled");

    private static Func<IReadOnlyList<JsonElement>, bool> Settled(int count) => d => d.Count == count && d.All(x => x.Text("status") != "pending");
}
