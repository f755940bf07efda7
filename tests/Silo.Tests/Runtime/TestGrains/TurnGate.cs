namespace KpiActors.Silo.Tests.Runtime.TestGrains;

/// <summary>Holds a grain's turn until the test opens it, to keep that grain's mailbox from draining too soon.</summary>
public sealed class TurnGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WhenOpen => _open.Task;

    public void Open() => _open.TrySetResult();
}
