using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Auth;

/// <summary>
/// Reads "Authorization: Bearer &lt;key&gt;" or "X-Api-Key: &lt;key&gt;" (on the hub also ?access_token=, on the dashboard see
/// <see cref="DashboardSignIn"/>). No key: anonymous. An unknown or
/// revoked key: 401. Keys seen recently are remembered for a short while so that ingest does not query
/// the key table on every request; a revocation on this node takes effect at once, on every other node of a
/// cluster within <see cref="ApiKeyCache.Lifetime"/>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SqlApiKeyStore keys,
    ApiKeyCache cache) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string UnknownKey = "The API key is unknown or revoked";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        if (key is null && authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        {
            key = authorization["Bearer ".Length..].Trim();
        }

        if (key is null && Request.Path.StartsWithSegments("/hubs"))
        {
            // Browsers cannot set headers on a WebSocket; the SignalR client sends the key as access_token.
            key = Request.Query["access_token"].FirstOrDefault();
        }

        key ??= DashboardSignIn.KeyOf(Request);

        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeys.Hash(key);
        var stored = cache.Get(hash);
        if (stored is null)
        {
            stored = await keys.FindActiveByHashAsync(hash, Context.RequestAborted);
            if (stored is null)
            {
                return AuthenticateResult.Fail(UnknownKey);
            }

            // Remembered from when it was read, not from when it was last used: a key in steady use must still be
            // read again within the lifetime, or a revocation on another node would never reach this one.
            cache.Remember(hash, stored);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, stored.Id),
            new(ClaimTypes.Name, stored.Name),
            new(ClaimTypes.Role, stored.Role),
        };
        claims.AddRange(stored.Provinces.Select(p => new Claim(KpiClaims.Province, p)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refused = (await HandleAuthenticateOnceSafeAsync()).Failure is not null;
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, refused ? UnknownKey : "An API key is required",
            "Send a valid key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "This key may not do that",
            "The key's role does not allow this action.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}

/// <summary>Recently verified keys, by hash: remembered briefly, since a revocation on another node reaches this one only through the database.</summary>
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, (StoredApiKey Key, DateTimeOffset Until)> _keys = new();

    public StoredApiKey? Get(string hash) =>
        _keys.TryGetValue(hash, out var entry) && entry.Until > clock.GetUtcNow() ? entry.Key : null;

    public void Remember(string hash, StoredApiKey key) => _keys[hash] = (key, clock.GetUtcNow() + Lifetime);

    public void Forget(string id)
    {
        foreach (var entry in _keys.Where(e => e.Value.Key.Id == id))
        {
            _keys.TryRemove(entry.Key, out _);
        }
    }
}
