namespace KpiActors.Api.Ingest;

public sealed class IngestOptions
{
    /// <summary>Rows one request may carry.</summary>
    public int MaxRowsPerRequest { get; set; } = 10_000;

    /// <summary>Rows a file may have for the import page's preview, which reads it whole before it goes in by batches.</summary>
    public int MaxRowsPerFile { get; set; } = 200_000;

    /// <summary>Bytes one request body may carry.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Facts one transaction may group from several requests.</summary>
    public int MaxFactsPerCommit { get; set; } = 20_000;
}
