using KpiActors.Actors;

namespace KpiActors.Silo.Runtime;

/// <summary>One item of an activation's mailbox; delivering it is one turn.</summary>
internal abstract class Message
{
    /// <summary>
    /// A call from a caller: it resets the idle clock and, if the activation ends before delivering it,
    /// follows the grain to its next activation. Timer ticks and deactivations are not calls.
    /// </summary>
    public virtual bool IsCall => true;

    /// <summary>Runs the turn. Never throws: a failure belongs to the caller of this message only.</summary>
    public abstract Task DeliverAsync(Grain grain);

    public abstract void Fail(Exception error);
}

/// <summary>A call made through a grain reference.</summary>
internal sealed class Request<T>(Func<object, Task<T>> call) : Message
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Completion => _completion.Task;

    public override async Task DeliverAsync(Grain grain)
    {
        try
        {
            _completion.TrySetResult(await call(grain));
        }
        catch (Exception e)
        {
            _completion.TrySetException(e);
        }
    }

    public override void Fail(Exception error) => _completion.TrySetException(error);
}

/// <summary>Asks the activation to end, after the turns queued before it.</summary>
internal sealed class Deactivation(DeactivationReason reason) : Message
{
    public DeactivationReason Reason { get; } = reason;

    public override bool IsCall => false;

    public override Task DeliverAsync(Grain grain) => Task.CompletedTask;

    public override void Fail(Exception error)
    {
    }
}
