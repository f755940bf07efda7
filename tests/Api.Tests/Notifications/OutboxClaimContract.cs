using System.Collections.Concurrent;
using KpiActors.Api.Notifications;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>
/// Two nodes' outboxes on one database, claiming at the same time: each delivery is taken by exactly one of them, none
/// while another holds its lease, and every one again by the other node once the lease of a node that died has run out.
/// </summary>
public abstract class OutboxClaimContract(StorageEngine engine) : IAsyncLifetime
{
    private const int Deliveries = 200;

    private KpiApp _app = null!;

    public async Task InitializeAsync() =>
        // The app's own dispatcher first looks in an hour: the test's two outboxes are the only claimers.
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:PollEvery", "01:00:00")));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Nodes_claiming_at_once_take_each_delivery_once_and_a_dead_nodes_deliveries_after_its_lease()
    {
        // One alert, covered by as many subscriptions: as many deliveries, due at once.
        using (var admin = _app.Client())
        {
            for (var i = 0; i < Deliveries; i++)
            {
                await admin.SubscribeAsync(new { channel = "webhook", target = $"https://hooks.example.vn/kpi/{i}", provinces = new[] { "01" }, indicators = new[] { "ontime" } });
            }

            await admin.FallBehindAsync("01");
        }

        // The alert's event becomes one delivery per subscription when an outbox turns it; the app's own looks in an hour.
        var first = _app.Services.GetRequiredService<DeliveryOutbox>();
        await Poll.UntilAsync(async () =>
        {
            await first.FanOutAsync(CancellationToken.None);
            return await _app.CountAsync("SELECT COUNT(*) FROM deliveries WHERE attempts = 0");
        }, n => n == Deliveries, TimeSpan.FromSeconds(60), "the deliveries of the alert");
        var options = Options.Create(new NotificationOptions());
        var secondDatabase = engine == StorageEngine.Sqlite ? (Database)new SqliteDatabase(_app.ConnectionString) : new PostgresDatabase(_app.ConnectionString);
        try
        {
            var second = new DeliveryOutbox(secondDatabase, new SqlAlertStore(secondDatabase), TimeProvider.System, options);
            var claimed = new ConcurrentBag<long>();
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                var outbox = i % 2 == 0 ? first : second;
                while (await outbox.ClaimAsync(5, CancellationToken.None) is { Count: > 0 } claims)
                {
                    foreach (var claim in claims)
                    {
                        claimed.Add(claim.Id);
                    }
                }
            })));

            Assert.Equal(Deliveries, claimed.Count);
            Assert.Equal(Deliveries, claimed.Distinct().Count());
            Assert.Equal(Deliveries, await _app.CountAsync("SELECT COUNT(*) FROM deliveries WHERE attempts = 1"));
            Assert.Empty(await second.ClaimAsync(Deliveries, CancellationToken.None));

            // The node holding them dies: once the lease has run out, the other takes every one, counting the lost attempt.
            var later = new ManualClock(DateTimeOffset.UtcNow + options.Value.Lease + TimeSpan.FromSeconds(1));
            var takeover = await new DeliveryOutbox(secondDatabase, new SqlAlertStore(secondDatabase), later, options).ClaimAsync(Deliveries, CancellationToken.None);
            Assert.Equal(Deliveries, takeover.Count);
            Assert.All(takeover, claim => Assert.Equal(2, claim.Attempts));
            Assert.Equal(Deliveries, await _app.CountAsync($"SELECT COUNT(*) FROM deliveries WHERE last_error = '{DeliveryOutbox.Abandoned}'"));
        }
        finally
        {
            if (secondDatabase is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}

public sealed class OutboxClaimOnSqlite() : OutboxClaimContract(StorageEngine.Sqlite);

public sealed class OutboxClaimOnPostgres() : OutboxClaimContract(StorageEngine.Postgres);
