using System.Collections.Concurrent;
using KpiActors.Actors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiActors.Silo.Runtime;

/// <summary>
/// The activation directory and the grain factory: routes every message to the one activation of its
/// grain, creating it on the first call.
/// </summary>
public sealed class SiloRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly GrainTypeMap _types;
    private readonly ILogger<SiloRuntime> _logger;
    private volatile bool _stopping;

    internal SiloRuntime(GrainTypeMap types, IServiceProvider services, IOptions<SiloOptions> options, ILogger<SiloRuntime> logger)
    {
        _types = types;
        Services = services;
        Options = options.Value;
        _logger = logger;
    }

    public int ActivationCount => _activations.Count;

    internal IServiceProvider Services { get; }

    internal SiloOptions Options { get; }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        return GrainReference.Create<TGrainInterface>(this, new GrainId(_types.ForInterface(typeof(TGrainInterface)), primaryKey));
    }

    internal void Send(GrainId target, Message message)
    {
        GrainActivation activation;
        if (_stopping)
        {
            if (!_activations.TryGetValue(target, out activation!))
            {
                message.Fail(new SiloUnavailableException($"The silo is shutting down; {target} is not active."));
                return;
            }
        }
        else
        {
            activation = _activations.GetOrAdd(target, static (id, runtime) => runtime.NewActivation(id), this);
        }

        if (!activation.TryEnqueue(message))
        {
            // The activation is ending: the message goes to its successor once it is gone.
            activation.Ended.ContinueWith(_ => Send(target, message), TaskScheduler.Default);
        }
    }

    internal void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.Id, activation));

    internal void CollectIdleActivations()
    {
        foreach (var activation in _activations.Values)
        {
            if (activation.IsIdleFor(activation.Id.Type.CollectionAge))
            {
                activation.Deactivate(DeactivationReason.IdleCollection);
            }
        }
    }

    /// <summary>Delivers every queued call, then deactivates every activation so that each writes its state.</summary>
    internal async Task ShutdownAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        while (!_activations.IsEmpty)
        {
            var activations = _activations.Values.ToArray();
            _logger.LogInformation("Deactivating {Count} activations", activations.Length);
            foreach (var activation in activations)
            {
                activation.Deactivate(DeactivationReason.Shutdown);
            }

            await Task.WhenAll(activations.Select(a => a.Ended)).WaitAsync(cancellationToken);
        }
    }

    private GrainActivation NewActivation(GrainId id) => new(this, id, _logger);
}
