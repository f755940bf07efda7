using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KpiActors.Silo.Runtime;

/// <summary>Runs idle collection while the host lives and a graceful shutdown when it stops.</summary>
internal sealed class SiloHost(SiloRuntime runtime, ILogger<SiloHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(runtime.Options.CollectionQuantum);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                runtime.CollectIdleActivations();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(runtime.Options.ShutdownTimeout);
        try
        {
            await runtime.ShutdownAsync(timeout.Token);
            logger.LogInformation("Silo stopped: every mailbox drained and every dirty state written");
        }
        catch (OperationCanceledException)
        {
            logger.LogError("Silo shutdown timed out with {Count} activations left", runtime.ActivationCount);
        }
    }
}
