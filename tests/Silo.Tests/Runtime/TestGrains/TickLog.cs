using System.Collections.Concurrent;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

/// <summary>Stopwatch timestamps of timer ticks, per grain key.</summary>
public sealed record TickRecord(long Start, long End);

/// <summary>Where test grains record their timer ticks, so that tests can await a number of them.</summary>
public sealed class TickLog
{
    private readonly ConcurrentDictionary<string, Ticks> _byKey = new();

    public void Record(string key, long start, long end) => For(key).Add(new TickRecord(start, end));

    public IReadOnlyList<TickRecord> Of(string key) => For(key).Snapshot();

    /// <summary>Completes once <paramref name="count"/> ticks of <paramref name="key"/> have ended.</summary>
    public Task WhenCount(string key, int count) => For(key).WhenCount(count);

    private Ticks For(string key) => _byKey.GetOrAdd(key, static _ => new Ticks());

    private sealed class Ticks
    {
        private readonly List<TickRecord> _ticks = [];
        private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

        public void Add(TickRecord tick)
        {
            lock (_ticks)
            {
                _ticks.Add(tick);
                foreach (var waiter in _waiters.Where(w => w.Count <= _ticks.Count))
                {
                    waiter.Done.TrySetResult();
                }

                _waiters.RemoveAll(w => w.Count <= _ticks.Count);
            }
        }

        public IReadOnlyList<TickRecord> Snapshot()
        {
            lock (_ticks)
            {
                return [.. _ticks];
            }
        }

        public Task WhenCount(int count)
        {
            lock (_ticks)
            {
                if (_ticks.Count >= count)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, done));
                return done.Task;
            }
        }
    }
}
