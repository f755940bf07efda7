using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace KpiActors.Silo.Runtime;

/// <summary>
/// The object behind IGrainFactory.GetGrain: implements the grain interface and turns every call into a
/// message for the grain's mailbox. Public only because DispatchProxy derives from it at run time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public class GrainReference : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Methods = new();

    private SiloRuntime _runtime = null!;
    private GrainId _target;

    internal static TGrainInterface Create<TGrainInterface>(SiloRuntime runtime, GrainId target)
    {
        var proxy = Create<TGrainInterface, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference._runtime = runtime;
        reference._target = target;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        Methods.GetOrAdd(targetMethod!, GrainMethod.Create).Send(_runtime, _target, args ?? []);

    public override string ToString() => $"GrainReference({_target})";
}
