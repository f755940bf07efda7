using System.Diagnostics;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>
/// This process's CPU time, GC work and allocations between two points, from the runtime's own counters:
/// the figures behind "where the time goes", measured rather than guessed.
/// </summary>
public sealed class ProcessCounters
{
    private readonly TimeSpan _cpu;
    private readonly TimeSpan _gcPause;
    private readonly long _allocated;
    private readonly int _gen2;
    private readonly long _started;

    private ProcessCounters()
    {
        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _gcPause = GC.GetTotalPauseDuration();
        _allocated = GC.GetTotalAllocatedBytes();
        _gen2 = GC.CollectionCount(2);
        _started = Stopwatch.GetTimestamp();
    }

    public static ProcessCounters Start() => new();

    public Sample Stop() => new(
        Stopwatch.GetElapsedTime(_started),
        Process.GetCurrentProcess().TotalProcessorTime - _cpu,
        GC.GetTotalPauseDuration() - _gcPause,
        GC.GetTotalAllocatedBytes() - _allocated,
        GC.CollectionCount(2) - _gen2);

    /// <param name="Wall">Elapsed time.</param>
    /// <param name="Cpu">CPU time of all threads of the process over it.</param>
    public sealed record Sample(TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause, long AllocatedBytes, int Gen2Collections)
    {
        /// <summary>Share of the machine's cores that the process kept busy (1 = all of them).</summary>
        public double CpuShare => Cpu / Wall / Environment.ProcessorCount;

        public double GcPauseShare => GcPause / Wall;
    }
}
