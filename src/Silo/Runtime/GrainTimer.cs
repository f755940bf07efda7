using KpiActors.Actors;
using Microsoft.Extensions.Logging;

namespace KpiActors.Silo.Runtime;

/// <summary>
/// Sends a tick into the activation's mailbox, waits for that turn to finish, then waits the period:
/// ticks never overlap each other or any other turn, and a slow tick delays the next one.
/// </summary>
internal sealed class GrainTimer(
    GrainActivation activation,
    Func<CancellationToken, Task> callback,
    TimeSpan dueTime,
    TimeSpan period,
    ILogger logger) : IGrainTimer
{
    private readonly CancellationTokenSource _stop = new();

    public void Start() => _ = RunAsync();

    public void Dispose() => _stop.Cancel();

    private async Task RunAsync()
    {
        var token = _stop.Token;
        try
        {
            await Task.Delay(dueTime, token);
            while (!token.IsCancellationRequested)
            {
                var tick = new Tick(callback, token, activation.Id, logger);
                if (!activation.TryEnqueue(tick))
                {
                    return;
                }

                await tick.Completion;
                if (period == Timeout.InfiniteTimeSpan)
                {
                    return;
                }

                await Task.Delay(period, token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Tick(Func<CancellationToken, Task> callback, CancellationToken token, GrainId grain, ILogger logger)
        : Message
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completion => _completion.Task;

        public override bool IsCall => false;

        public override async Task DeliverAsync(Grain target)
        {
            try
            {
                if (!token.IsCancellationRequested)
                {
                    await callback(token);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                logger.LogError(e, "A timer tick of {Grain} failed; the timer goes on", grain);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                _completion.TrySetResult();
            }
        }

        public override void Fail(Exception error) => _completion.TrySetResult();
    }
}
