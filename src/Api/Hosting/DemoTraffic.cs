using System.Net.Http.Headers;
using KpiActors.Api.Auth;
using KpiActors.Silo.Storage;
using KpiActors.Simulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KpiActors.Api.Hosting;

/// <summary>
/// --demo: once the app listens, the simulator streams realistic traffic into it through the public API
/// (with a key of its own), so that a first look shows the board alive.
/// </summary>
public sealed class DemoTraffic(
    IServer server,
    IHostApplicationLifetime lifetime,
    SqlApiKeyStore keys,
    TimeProvider clock,
    ILogger<DemoTraffic> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = ApiKeys.NewKey();
        await keys.AddAsync(new StoredApiKey(ApiKeys.NewId(), "demo simulator", KpiRoles.Admin, [], clock.GetUtcNow(), null), ApiKeys.Hash(key), stoppingToken);
        using var api = new HttpClient { BaseAddress = new Uri(address) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        logger.LogInformation("Demo: the simulator sends history, then live dossiers for all 34 provinces to {Address}", address);
        var last = DateTimeOffset.MinValue;
        var progress = new Progress<SimulationProgress>(p =>
        {
            if (clock.GetUtcNow() - last < TimeSpan.FromSeconds(5))
            {
                return;
            }

            last = clock.GetUtcNow();
            if (p.Refused == 0)
            {
                logger.LogInformation("Demo {Phase}: {Accepted:N0} events accepted, {Rate:N0}/s, none refused", p.Phase, p.Accepted, p.PerSecond);
            }
            else
            {
                logger.LogWarning("Demo {Phase}: {Accepted:N0} events accepted, {Rate:N0}/s, {Refused:N0} refused, the last for: {Problem}",
                    p.Phase, p.Accepted, p.PerSecond, p.Refused, p.LastProblem);
            }
        });
        try
        {
            await new SimulationRunner(api, new SimulationOptions(), clock).RunAsync(progress, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
