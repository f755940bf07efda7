namespace KpiActors.Api.Auth;

public static class KpiPolicies
{
    /// <summary>Board, provinces, history, alerts: any key, or nobody at all when Auth:AnonymousRead is on.</summary>
    public const string Read = "read";

    /// <summary>Sending facts: an office (for its provinces) or an admin.</summary>
    public const string Write = "write";

    /// <summary>Keys and targets.</summary>
    public const string Admin = "admin";

    /// <summary>Acknowledging alerts: a viewer or an admin, never anonymous.</summary>
    public const string Acknowledge = "acknowledge";
}
