using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace KpiActors.Grains;

public static class DomainSerialization
{
    /// <summary>
    /// Grain calls carry two kinds of types. Those declared for grain calls (this project's) use Orleans' generated
    /// serializers, marked immutable so that calls within a silo pass them without copying. Those of the KPI model
    /// (<c>KpiActors.Domain</c>: periods, logged deltas, statuses) go as System.Text.Json: the model stays free of
    /// Orleans, is used as is by the API, the simulator and the tests, and already has one JSON form. Every silo and
    /// client of the cluster must say the same here.
    /// </summary>
    public static IServiceCollection AddDomainSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: type => type.Namespace == typeof(Domain.Indicator).Namespace));
}
