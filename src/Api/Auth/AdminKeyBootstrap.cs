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
            var hash = ApiKeys.Hash(configured);
            if (await keys.FindActiveByHashAsync(hash, cancellationToken) is null)
            {
                await keys.AddAsync(new StoredApiKey(ApiKeys.NewId(), "bootstrap admin", KpiRoles.Admin, [], clock.GetUtcNow(), null), hash, cancellationToken);
                logger.LogInformation("Admin key from Auth:BootstrapAdminKey registered");
            }

            return;
        }

        if (await keys.AnyActiveAdminAsync(cancellationToken))
        {
            return;
        }

        var key = ApiKeys.NewKey();
        await keys.AddAsync(new StoredApiKey(ApiKeys.NewId(), "first admin", KpiRoles.Admin, [], clock.GetUtcNow(), null), ApiKeys.Hash(key), cancellationToken);
        Console.WriteLine($"""

            First admin API key (shown once, stored only as a hash): {key}
            Create office and viewer keys with POST /api/v1/admin/keys.

            """);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
