using KpiActors.Silo.Storage;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Auth;

/// <summary>Makes sure an admin can get in: the configured bootstrap key, or a generated one printed once.</summary>
public sealed class AdminKeyBootstrap(SqlApiKeyStore keys, IOptions<AuthOptions> options, TimeProvider clock, ILogger<AdminKeyBootstrap> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.BootstrapAdminKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // Every node of a cluster has the same key configured and may start at the same moment as the others: one
            // statement that adds it unless it is stored, rather than a look followed by an insert that the others race.
            var hash = ApiKeys.Hash(configured);
            if (await keys.AddUnlessStoredAsync(new StoredApiKey(ApiKeys.NewId(), "bootstrap admin", KpiRoles.Admin, [], clock.GetUtcNow(), null), hash, cancellationToken))
            {
                logger.LogInformation("Admin key from Auth:BootstrapAdminKey registered");
            }
            else if (await keys.FindActiveByHashAsync(hash, cancellationToken) is null)
            {
                logger.LogWarning("The key in Auth:BootstrapAdminKey was revoked and stays revoked; remove it from the settings");
            }

            return;
        }

        var key = ApiKeys.NewKey();
        if (!await keys.AddFirstAdminAsync(new StoredApiKey(ApiKeys.NewId(), "first admin", KpiRoles.Admin, [], clock.GetUtcNow(), null), ApiKeys.Hash(key), cancellationToken))
        {
            return;
        }

        Console.WriteLine($"""

            First admin API key (shown once, stored only as a hash): {key}
            Create office and viewer keys with POST /api/v1/admin/keys.

            """);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
