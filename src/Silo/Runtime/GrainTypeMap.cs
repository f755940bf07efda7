using System.Collections.Frozen;
using System.Reflection;
using KpiActors.Actors;

namespace KpiActors.Silo.Runtime;

/// <summary>Which grain class serves each grain interface, found once at start-up.</summary>
internal sealed class GrainTypeMap
{
    private readonly FrozenDictionary<Type, GrainType> _byInterface;

    public GrainTypeMap(IEnumerable<Type> grainClasses, TimeSpan defaultCollectionAge)
    {
        var map = new Dictionary<Type, GrainType>();
        foreach (var grainClass in grainClasses.Distinct())
        {
            var grainType = new GrainType(grainClass, defaultCollectionAge);
            foreach (var grainInterface in grainClass.GetInterfaces().Where(IsGrainInterface))
            {
                foreach (var method in grainInterface.GetMethods())
                {
                    GrainMethod.Validate(method);
                }

                if (!map.TryAdd(grainInterface, grainType))
                {
                    throw new InvalidOperationException(
                        $"{grainInterface} is implemented by both {map[grainInterface].Class} and {grainClass}.");
                }
            }
        }

        _byInterface = map.ToFrozenDictionary();
    }

    public GrainType ForInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var type)
            ? type
            : throw new InvalidOperationException($"No grain class implements {grainInterface}. Register its assembly with AddGrains.");

    public static IEnumerable<Type> GrainClassesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrainWithStringKey).IsAssignableFrom(type) && type != typeof(IGrainWithStringKey) && type != typeof(IGrain);
}
