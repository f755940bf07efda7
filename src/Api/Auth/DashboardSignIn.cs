namespace KpiActors.Api.Auth;

/// <summary>
/// A browser cannot send a header when an operator opens /dashboard, nor do the dashboard's own scripts send one: the
/// admin key comes once as <c>/dashboard?access_token=...</c> and is then kept in a cookie that only the dashboard's
/// requests carry (HttpOnly, SameSite=Strict, path /dashboard), and the address loses the key at once.
/// </summary>
public static class DashboardSignIn
{
    public const string Path = "/dashboard";

    public const string Cookie = "kpi_dashboard_key";

    public const string QueryKey = "access_token";

    /// <summary>Where the handler looks for a key that came with no header: the dashboard's query or its cookie.</summary>
    public static string? KeyOf(HttpRequest request) => request.Path.StartsWithSegments(Path)
        ? request.Query[QueryKey].FirstOrDefault() ?? request.Cookies[Cookie]
        : null;

    /// <summary>After authorization, so that only the admin key is ever kept.</summary>
    public static WebApplication UseDashboardSignIn(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(Path) && http.Request.Query[QueryKey].FirstOrDefault() is { Length: > 0 } key &&
                http.User.IsInRole(KpiRoles.Admin))
            {
                http.Response.Cookies.Append(Cookie, key, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Path = Path,
                    Secure = http.Request.IsHttps,
                });
                http.Response.Redirect($"{http.Request.PathBase}{http.Request.Path}");
                return;
            }

            await next();
        });
        return app;
    }
}
