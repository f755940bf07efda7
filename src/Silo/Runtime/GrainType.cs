using Microsoft.Extensions.DependencyInjection;
using System.Reflection;
using KpiActors.Actors;

namespace KpiActors.Silo.Runtime;

/// <summary>What the silo knows of one grain class: how to build it and how long it may idle.</summary>
internal sealed class GrainType
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<IServiceProvider, GrainId, object>[] _arguments;

    public GrainType(Type grainClass, TimeSpan defaultCollectionAge)
    {
        if (grainClass.IsAbstract || !typeof(Grain).IsAssignableFrom(grainClass))
        {
            throw new ArgumentException($"{grainClass} is not a concrete grain class.", nameof(grainClass));
        }

        var constructors = grainClass.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new ArgumentException($"{grainClass} must have exactly one public constructor.", nameof(grainClass));
        }

        Class = grainClass;
        Name = grainClass.Name;
        CollectionAge = grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>()?.Amount ?? defaultCollectionAge;
        _constructor = constructors[0];
        _arguments = _constructor.GetParameters().Select(ArgumentFactory).ToArray();
    }

    public Type Class { get; }

    /// <summary>The name grain state is stored under.</summary>
    public string Name { get; }

    public TimeSpan CollectionAge { get; }

    public Grain Create(GrainActivation activation, IServiceProvider services, out IReadOnlyList<IStoredState> states)
    {
        var arguments = new object[_arguments.Length];
        var loaded = new List<IStoredState>();
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](services, activation.Id);
            if (arguments[i] is IStoredState state)
            {
                loaded.Add(state);
            }
        }

        states = loaded;
        GrainContextScope.Current = activation;
        try
        {
            return (Grain)_constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        finally
        {
            GrainContextScope.Current = null;
        }
    }

    private static Func<IServiceProvider, GrainId, object> ArgumentFactory(ParameterInfo parameter)
    {
        var attribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (attribute is null)
        {
            return (services, _) => services.GetRequiredService(parameter.ParameterType);
        }

        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new ArgumentException($"[PersistentState] parameter '{parameter.Name}' must be an IPersistentState<T>.");
        }

        var stateClass = typeof(PersistentState<>).MakeGenericType(type.GenericTypeArguments[0]);
        return (services, id) => Activator.CreateInstance(
            stateClass,
            services.GetRequiredService<IGrainStorage>(),
            new GrainStateId(id.Type.Name, id.Key, attribute.StateName))!;
    }
}
