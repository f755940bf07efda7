using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IOverlapGrain : IGrainWithStringKey
{
    Task Enter(int call);

    Task<int> Overlaps();

    Task<int> Turns();
}

public sealed class OverlapGrain : Grain, IOverlapGrain
{
    private readonly OverlapDetector _detector = new();

    // Every turn gives the thread away at least once, some for a timer's worth, so that an interleaving
    // runtime would get many chances to start another turn while this one is inside.
    public Task Enter(int call) => _detector.RunAsync(async () =>
    {
        await Task.Yield();
        if (call % 10 == 0)
        {
            await Task.Delay(1);
        }
    });

    public Task<int> Overlaps() => Task.FromResult(_detector.Overlaps);

    public Task<int> Turns() => Task.FromResult(_detector.Turns);
}
