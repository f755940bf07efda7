using Microsoft.Extensions.Options;

namespace KpiActors.Api.Reports;

/// <summary>Looks for closed periods on every node at the configured interval, on the app's clock.</summary>
public sealed class ReportSchedule(ReportIssuing issuing, TimeProvider clock, IOptions<ReportOptions> options, ILogger<ReportSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.IssueEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var issued = await issuing.IssueClosedAsync(clock.GetUtcNow(), stoppingToken);
                if (issued > 0)
                {
                    logger.LogInformation("Issued {Count} reports of closed periods", issued);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next look tries again: nothing was issued that is not complete.
                logger.LogError(e, "Issuing the reports of closed periods failed");
            }
        }
    }
}
