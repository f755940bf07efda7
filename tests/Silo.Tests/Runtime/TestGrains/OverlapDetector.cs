namespace KpiActors.Silo.Tests.Runtime.TestGrains;

/// <summary>Counts turns that start while another turn of the same detector is still running.</summary>
public sealed class OverlapDetector
{
    private int _inside;
    private int _overlaps;
    private int _turns;

    public int Overlaps => Volatile.Read(ref _overlaps);

    public int Turns => Volatile.Read(ref _turns);

    public async Task RunAsync(Func<Task> body)
    {
        // Interlocked, not a plain flag: the detector must see overlap even when turns run on different threads.
        if (Interlocked.Increment(ref _inside) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        try
        {
            await body();
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
            Interlocked.Increment(ref _turns);
        }
    }
}
