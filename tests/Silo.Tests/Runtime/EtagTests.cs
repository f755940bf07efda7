using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

public sealed class EtagTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AWriteWithAStaleEtagFailsWithInconsistentStateAndOverwritesNothing()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IEtagGrain>("contended");
        var id = new GrainStateId(nameof(EtagGrain), "contended", EtagGrain.StateName);
        var grainEtag = await grain.Save(1);

        // Another writer (another silo's activation, say) moves the record on.
        var otherEtag = await silo.Storage.WriteAsync(id, """{"value":99}""", grainEtag);
        var failure = await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Save(2));

        Assert.Equal(
            $"State '{id}' was changed by someone else: this write expected ETag '{grainEtag}' but storage holds '{otherEtag}'.",
            failure.Message);
        Assert.Equal(grainEtag, failure.ExpectedEtag);
        Assert.Equal(otherEtag, failure.StoredEtag);
        Assert.Equal("""{"value":99}""", (await silo.Storage.ReadAsync(id))!.Payload);

        // The activation survives the failed call and can write again once it has re-read.
        await grain.Reload();
        var newEtag = await grain.Save(3);
        Assert.Equal("""{"value":3}""", (await silo.Storage.ReadAsync(id))!.Payload);
        Assert.Equal(newEtag, (await silo.Storage.ReadAsync(id))!.Etag);
    }

    [Fact]
    public async Task TwoStatesOverOneRecordCannotBothWriteFromTheSameRead()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<ITwinStateGrain>("twins");
        var id = new GrainStateId(nameof(TwinStateGrain), "twins", TwinStateGrain.StateName);

        await grain.WriteFirst(1);
        var stored = await silo.Storage.ReadAsync(id);
        var failure = await Assert.ThrowsAsync<InconsistentStateException>(() => grain.WriteSecond(2));

        Assert.Equal(
            $"State '{id}' was changed by someone else: this write expected ETag '(none)' but storage holds '{stored!.Etag}'.",
            failure.Message);
        Assert.Null(failure.ExpectedEtag);
        Assert.Equal("""{"value":1}""", (await silo.Storage.ReadAsync(id))!.Payload);
    }
}
