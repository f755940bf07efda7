using System.Collections.Concurrent;

namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// What a test gives its silos that configuration cannot carry: objects the test keeps a hand on. A test cluster
/// creates its silo configurators by type, so they find these by the key in <see cref="ConfigurationKey"/>.
/// </summary>
public sealed record HostObjects(TimeProvider Clock)
{
    public const string ConfigurationKey = "KpiTests:Host";

    private static readonly ConcurrentDictionary<string, HostObjects> Registered = new();

    /// <summary>Registers the objects for the silos of one host; the key goes into the host's configuration.</summary>
    public string Register()
    {
        var key = Guid.NewGuid().ToString("N");
        Registered[key] = this;
        return key;
    }

    public static HostObjects For(string key) =>
        Registered.TryGetValue(key, out var objects) ? objects : throw new InvalidOperationException($"No test host objects are registered as '{key}'.");

    public static void Unregister(string key) => Registered.TryRemove(key, out _);
}
