using System.Security.Claims;

namespace KpiActors.Api.Auth;

public static class KpiClaims
{
    public const string Province = "kpi:province";

    /// <summary>Whether this caller may send facts for the (current) province code.</summary>
    public static bool MayWrite(this ClaimsPrincipal user, string province) =>
        user.IsInRole(KpiRoles.Admin) || (user.IsInRole(KpiRoles.Office) && user.HasClaim(Province, province));

    public static string Who(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
