using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Memory;

/// <summary>
/// Memory of the app in this process: with its 136 grains active, and what each further 1,000 grains of
/// commune scale add (managed heap after a full compacting collection, and the process's working set).
/// </summary>
public sealed record MemoryResult(
    StorageEngine Engine,
    long HeapWithProvinceGrains,
    long WorkingSetWithProvinceGrains,
    int ActivationsAtEnd,
    IReadOnlyList<long> HeapPerThousand,
    IReadOnlyList<long> WorkingSetPerThousand,
    int DeltasPerCommuneGrain);
