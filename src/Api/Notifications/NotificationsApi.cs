using System.Security.Claims;
using System.Security.Cryptography;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiActors.Api.Notifications;

/// <summary>
/// Subscriptions to alerts, for any key: an office for its own provinces only, a viewer or an admin for any. A key sees
/// and removes the subscriptions it made; an admin every one. What was sent for an alert, attempt by attempt: admins only.
/// </summary>
public static class NotificationsApi
{
    /// <summary>RFC 5321's longest address.</summary>
    private const int MaxAddressLength = 254;

    private const int MaxUrlLength = 2000;

    /// <summary>Every province under each of its names fits; a longer list is a mistake.</summary>
    private const int MaxListed = 200;

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/api/v1/subscriptions").WithTags("Subscriptions")
            .RequireAuthorization(policy => policy.RequireRole(KpiRoles.All)).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems();
        subscriptions.MapPost("/", Subscribe)
            .WithSummary("Subscribes an email address or a webhook to the alerts of some provinces and indicators, at once or in a daily digest; a webhook's signing secret is shown in this answer only.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        subscriptions.MapGet("/", List).WithSummary("The subscriptions this key made (an admin's: every one); never a webhook's secret.");
        subscriptions.MapDelete("/{id}", Unsubscribe).WithSummary("Removes a subscription: nothing more is sent for it, not even what is still due.")
            .ProducesProblems(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/alerts/{id:long}/deliveries", Deliveries).WithTags("Alerts")
            .RequireAuthorization(KpiPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Read)
            .WithSummary("Every delivery of an alert: to which subscription, its status, attempts, last error and times.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblems(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<CreatedSubscription>, ProblemHttpResult>> Subscribe(
        NewSubscription request, ClaimsPrincipal user, SqlSubscriptionStore store, IOptions<SmtpOptions> smtp, IOptions<NotificationOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RowError>();
        var channel = request.Channel?.Trim().ToLowerInvariant();
        if (channel is null || !Channels.All.Contains(channel))
        {
            errors.Add(new(null, "channel", $"'{request.Channel}' is not one of {string.Join(", ", Channels.All)}"));
        }
        else if (channel == Channels.Email && !smtp.Value.IsConfigured)
        {
            errors.Add(new(null, "channel", "this server sends no email: Smtp:Host and Smtp:From are not set"));
        }

        string? target = null;
        if (string.IsNullOrWhiteSpace(request.Target))
        {
            errors.Add(new(null, "target", "is required: the email address, or the URL the webhook is posted to"));
        }
        else if ((target = FreeText.Normalize(request.Target.Trim(), MaxUrlLength, out var refusal)) is null)
        {
            errors.Add(new(null, "target", refusal!));
        }
        else if (channel == Channels.Email && !IsAddress(target))
        {
            errors.Add(new(null, "target", $"is not an email address like so-tt@example.gov.vn (at most {MaxAddressLength} characters)"));
        }
        else if (channel == Channels.Webhook && !IsWebhookUrl(target))
        {
            errors.Add(new(null, "target", $"is not an absolute http or https URL of at most {MaxUrlLength} characters"));
        }
        else if (channel == Channels.Webhook && !options.Value.AllowPrivateWebhookTargets &&
                 WebhookAddresses.Literal(new Uri(target)) is { } address && !WebhookAddresses.IsPublic(address))
        {
            errors.Add(new(null, "target", $"points at {address}, a loopback, private or link-local address: webhooks go to public receivers"));
        }

        var provinces = Listed(request.Provinces, "provinces", errors, (string name, out string code) =>
        {
            var found = ProvinceCatalog.Vietnam.TryFind(name, out var province);
            code = province?.Code ?? "";
            return found;
        });
        var indicators = Listed(request.Indicators, "indicators", errors, (string id, out string found) =>
        {
            var known = Indicators.TryFind(id, out var indicator);
            found = indicator?.Id ?? "";
            return known;
        });

        var delivery = request.Delivery?.Trim().ToLowerInvariant() ?? DeliveryModes.Immediate;
        if (!DeliveryModes.All.Contains(delivery))
        {
            errors.Add(new(null, "delivery", $"'{request.Delivery}' is not one of {string.Join(", ", DeliveryModes.All)}"));
        }
        else if (delivery == DeliveryModes.Digest && request.DigestHour is not (>= 0 and <= 23))
        {
            errors.Add(new(null, "digestHour", "a digest needs the hour it is sent at, 0 to 23, Vietnam time"));
        }
        else if (delivery == DeliveryModes.Immediate && request.DigestHour is not null)
        {
            errors.Add(new(null, "digestHour", "is only for delivery \"digest\""));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var isOffice = !user.IsInRole(KpiRoles.Admin) && user.IsInRole(KpiRoles.Office);
        if (provinces!.Count == 0)
        {
            provinces = isOffice
                ? user.FindAll(KpiClaims.Province).Select(c => c.Value).Order(StringComparer.Ordinal).ToList()
                : ProvinceCatalog.Vietnam.All.Select(p => p.Code).ToList();
        }
        else if (isOffice && provinces.Where(p => !user.HasClaim(KpiClaims.Province, p)).ToList() is { Count: > 0 } foreign)
        {
            return Problems.Forbidden("provinces", $"this office key covers only its own provinces, not {string.Join(", ", foreign)}");
        }

        if (indicators!.Count == 0)
        {
            indicators = Indicators.All.Select(i => i.Id).ToList();
        }

        var secret = channel == Channels.Webhook ? WebhookSigning.NewSecret() : null;
        var subscription = new Subscription(
            "sub-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), channel!, target!, provinces, indicators, delivery,
            request.DigestHour, user.Who(), clock.GetUtcNow());
        await store.AddAsync(subscription, secret, user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        return TypedResults.Created($"/api/v1/subscriptions/{subscription.Id}", new CreatedSubscription(subscription, secret));
    }

    private static async Task<Ok<IReadOnlyList<Subscription>>> List(ClaimsPrincipal user, SqlSubscriptionStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAsync(OwnerFilter(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Unsubscribe(
        string id, ClaimsPrincipal user, SqlSubscriptionStore store, TimeProvider clock, CancellationToken ct)
    {
        if (!await store.RemoveAsync(id, OwnerFilter(user), clock.GetUtcNow(), ct))
        {
            return Problems.NotFound("id", $"this key has no subscription '{id}'");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<Delivery>>, ProblemHttpResult>> Deliveries(long id, DeliveryOutbox outbox, CancellationToken ct) =>
        await outbox.OfAlertAsync(id, ct) is { } deliveries ? TypedResults.Ok(deliveries) : Problems.NotFound("id", $"there is no alert {id}");

    /// <summary>Null for an admin (every subscription), else the caller's key.</summary>
    private static string? OwnerFilter(ClaimsPrincipal user) =>
        user.IsInRole(KpiRoles.Admin) ? null : user.FindFirstValue(ClaimTypes.NameIdentifier);

    private delegate bool Resolve(string listed, out string found);

    /// <summary>The distinct entries of a list, each resolved; null when the list is refused (errors added).</summary>
    private static List<string>? Listed(IReadOnlyList<string>? listed, string field, List<RowError> errors, Resolve resolve)
    {
        if (listed is null)
        {
            return [];
        }

        if (listed.Count > MaxListed)
        {
            errors.Add(new(null, field, $"lists {listed.Count}; at most {MaxListed}"));
            return null;
        }

        var found = new List<string>();
        foreach (var name in listed)
        {
            if (name is not null && resolve(name, out var resolved))
            {
                found.Add(resolved);
            }
            else
            {
                errors.Add(new(null, field, $"'{name}' is not one of the {field}"));
            }
        }

        return found.Distinct().ToList();
    }

    private static bool IsAddress(string target) =>
        target.Length <= MaxAddressLength && MailboxAddress.TryParse(target, out var mailbox) && string.IsNullOrEmpty(mailbox.Name) &&
        mailbox.Address == target && mailbox.Address.Contains('@');

    private static bool IsWebhookUrl(string target) =>
        target.Length <= MaxUrlLength && Uri.TryCreate(target, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) &&
        url.Host.Length > 0;
}
