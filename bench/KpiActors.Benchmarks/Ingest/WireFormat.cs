namespace KpiActors.Benchmarks.Ingest;

public enum WireFormat
{
    Json,
    NdJson,
}
