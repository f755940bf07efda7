namespace KpiActors.Api.Endpoints;

public static class RateLimitPolicies
{
    public const string Read = "read";
    public const string Write = "write";
}
