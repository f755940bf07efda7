using KpiActors.Api.Auth;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests;

/// <summary>Nodes started together on an empty database without Auth:BootstrapAdminKey: one first admin key between them, not one each.</summary>
public abstract class FirstAdminKeyContract(StorageEngine engine) : IAsyncLifetime
{
    private KpiApp _app = null!;

    public async Task InitializeAsync() => _app = await KpiApp.StartAsync(engine);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Eight_nodes_adding_a_first_admin_at_once_add_one()
    {
        var keys = _app.Services.GetRequiredService<SqlApiKeyStore>();
        // Thirty times over, since a race is a matter of timing: the admins go (as on an empty database), then eight add one at once.
        for (var round = 0; round < 30; round++)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var admin in (await keys.ListAsync()).Where(k => k.RevokedAt is null))
            {
                await keys.RevokeAsync(admin.Id, now);
            }

            using var start = new Barrier(8);
            var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            {
                start.SignalAndWait();
                return keys.AddFirstAdminAsync(new StoredApiKey(ApiKeys.NewId(), $"first admin {round}.{i}", KpiRoles.Admin, [], now, null), ApiKeys.Hash(ApiKeys.NewKey()));
            })));

            Assert.Equal(1, added.Count(a => a));
            Assert.Single(await keys.ListAsync(), k => k.Role == KpiRoles.Admin && k.RevokedAt is null);
        }
    }
}

public sealed class SqliteFirstAdminKeyTests() : FirstAdminKeyContract(StorageEngine.Sqlite);

public sealed class PostgresFirstAdminKeyTests() : FirstAdminKeyContract(StorageEngine.Postgres);
