namespace KpiActors.Api.Hosting;

public sealed class RateLimitOptions
{
    /// <summary>Requests per second one key (or one address, without a key) may make to write endpoints.</summary>
    public int WritesPerSecond { get; set; } = 200;

    /// <summary>Requests per second one key (or address) may make to read endpoints.</summary>
    public int ReadsPerSecond { get; set; } = 100;
}
