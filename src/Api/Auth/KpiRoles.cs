namespace KpiActors.Api.Auth;

/// <summary>What a key may do: an office writes for its provinces, a viewer reads, an admin does everything.</summary>
public static class KpiRoles
{
    public const string Office = "office";
    public const string Viewer = "viewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Office, Viewer, Admin];
}
