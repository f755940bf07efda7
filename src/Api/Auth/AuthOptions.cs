namespace KpiActors.Api.Auth;

public sealed class AuthOptions
{
    /// <summary>The first admin key. Absent, one is generated on the first start and printed once.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>Lets anyone read the board without a key: right for the embedded default, not for production.</summary>
    public bool AnonymousRead { get; set; }
}
