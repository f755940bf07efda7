using System.Diagnostics;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>What the run is doing, on the console, with the time since it began: a long run should never look stuck.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static TimeSpan Elapsed => Clock.Elapsed;

    public static void Phase(string title) => Write($"== {title}");

    public static void Step(string text) => Write($"   {text}");

    private static void Write(string line)
    {
        lock (Clock)
        {
            Console.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {line}");
        }
    }
}
