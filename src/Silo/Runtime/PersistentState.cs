using System.Text.Json;
using KpiActors.Actors;

namespace KpiActors.Silo.Runtime;

internal sealed class PersistentState<TState>(IGrainStorage storage, GrainStateId id) : IPersistentState<TState>, IStoredState
    where TState : new()
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(id);
        State = stored is null ? new TState() : JsonSerializer.Deserialize<TState>(stored.Payload, Json) ?? new TState();
        Etag = stored?.Etag;
        RecordExists = stored is not null;
    }

    public async Task WriteStateAsync()
    {
        Etag = await storage.WriteAsync(id, JsonSerializer.Serialize(State, Json), Etag);
        RecordExists = true;
    }

    public async Task ClearStateAsync()
    {
        await storage.ClearAsync(id, Etag);
        State = new TState();
        Etag = null;
        RecordExists = false;
    }
}
