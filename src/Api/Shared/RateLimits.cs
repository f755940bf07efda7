namespace KpiActors.Api.Shared;

/// <summary>The rate limiter's policies, which every endpoint names as a read or a write.</summary>
public static class RateLimitPolicies
{
    public const string Read = "read";
    public const string Write = "write";
}

/// <summary>The rates of <see cref="RateLimitPolicies"/>, from the section "RateLimits".</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per second one key (or one address, without a key) may make to write endpoints.</summary>
    public int WritesPerSecond { get; set; } = 200;

    /// <summary>Requests per second one key (or address) may make to read endpoints.</summary>
    public int ReadsPerSecond { get; set; } = 100;
}
