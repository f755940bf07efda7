using KpiActors.Actors;
using Microsoft.Extensions.Logging;

namespace KpiActors.Silo.Runtime;

/// <summary>
/// One live grain: a mailbox drained by one turn at a time. The first turn creates the grain and loads
/// its state; a failure there fails the waiting calls and removes the activation, so the next call
/// starts afresh. The last turn runs OnDeactivateAsync.
/// </summary>
internal sealed class GrainActivation : IGrainContext
{
    private readonly object _gate = new();
    private readonly Queue<Message> _mailbox = new();
    private readonly List<GrainTimer> _timers = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SiloRuntime _runtime;
    private readonly ILogger _logger;
    private Status _status = Status.Created;
    private bool _processing;
    private long _lastActivity = Environment.TickCount64;
    private Grain? _grain;

    public GrainActivation(SiloRuntime runtime, GrainId id, ILogger logger)
    {
        _runtime = runtime;
        _logger = logger;
        Id = id;
    }

    private enum Status
    {
        Created,
        Active,
        Deactivating,
        Ended,
    }

    public GrainId Id { get; }

    public Task Ended => _ended.Task;

    public string PrimaryKey => Id.Key;

    public IGrainFactory GrainFactory => _runtime;

    public bool TryEnqueue(Message message)
    {
        bool start;
        lock (_gate)
        {
            if (_status >= Status.Deactivating)
            {
                return false;
            }

            _mailbox.Enqueue(message);
            if (message.IsCall)
            {
                _lastActivity = Environment.TickCount64;
            }

            start = !_processing;
            _processing = true;
        }

        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.ProcessAsync(), this, preferLocal: false);
        }

        return true;
    }

    public bool IsIdleFor(TimeSpan age)
    {
        lock (_gate)
        {
            return _status == Status.Active && !_processing && _mailbox.Count == 0 &&
                   Environment.TickCount64 - _lastActivity >= age.TotalMilliseconds;
        }
    }

    public void Deactivate(DeactivationReason reason) => TryEnqueue(new Deactivation(reason));

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, dueTime, period, _logger);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Start();
        return timer;
    }

    public void DeactivateOnIdle() => Deactivate(DeactivationReason.Requested);

    private async Task ProcessAsync()
    {
        while (true)
        {
            Message message;
            lock (_gate)
            {
                if (!_mailbox.TryDequeue(out message!))
                {
                    _processing = false;
                    return;
                }
            }

            if (message is Deactivation deactivation)
            {
                if (await TryEndAsync(deactivation.Reason))
                {
                    return;
                }

                continue;
            }

            if (_grain is null && !await TryActivateAsync(message))
            {
                return;
            }

            await message.DeliverAsync(_grain!);
        }
    }

    private async Task<bool> TryActivateAsync(Message first)
    {
        try
        {
            var grain = Id.Type.Create(this, _runtime.Services, out var states);
            foreach (var state in states)
            {
                await state.ReadStateAsync();
            }

            await grain.OnActivateAsync(CancellationToken.None);
            lock (_gate)
            {
                _status = Status.Active;
            }

            _grain = grain;
            return true;
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Activation of {Grain} failed; its waiting calls fail and the next call tries again", Id);
            List<Message> waiting;
            lock (_gate)
            {
                _status = Status.Ended;
                _processing = false;
                waiting = [first, .. _mailbox];
                _mailbox.Clear();
            }

            StopTimers();
            _runtime.Remove(this);
            _ended.TrySetResult();
            foreach (var message in waiting)
            {
                message.Fail(e);
            }

            return false;
        }
    }

    private async Task<bool> TryEndAsync(DeactivationReason reason)
    {
        List<Message> left;
        lock (_gate)
        {
            // Only turns are drained first. Another deactivation queued behind this one (a second shutdown,
            // as when the host is stopped twice) is not one: requeueing behind it would make the two swap
            // places forever, a busy loop that never ends the activation.
            if (_mailbox.Any(message => message is not Deactivation))
            {
                switch (reason)
                {
                    case DeactivationReason.IdleCollection:
                        return false;
                    case DeactivationReason.Shutdown:
                        // Drain: deliver everything that was queued before ending.
                        _mailbox.Enqueue(new Deactivation(reason));
                        return false;
                }
            }

            _status = Status.Deactivating;
            left = [.. _mailbox];
            _mailbox.Clear();
        }

        StopTimers();
        if (_grain is not null)
        {
            try
            {
                await _grain.OnDeactivateAsync(reason, CancellationToken.None);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "{Grain} failed while deactivating ({Reason})", Id, reason);
            }
        }

        lock (_gate)
        {
            _status = Status.Ended;
            _processing = false;
        }

        _runtime.Remove(this);
        _ended.TrySetResult();
        foreach (var message in left)
        {
            if (message.IsCall)
            {
                _runtime.Send(Id, message);
            }
            else
            {
                message.Fail(new OperationCanceledException("The activation ended."));
            }
        }

        return true;
    }

    private void StopTimers()
    {
        GrainTimer[] timers;
        lock (_gate)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
