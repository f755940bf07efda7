using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KpiActors.Api.Hosting;

/// <summary>
/// Serves the live board (src/Web, copied next to the app's binaries under wwwroot/ by the build) at /.
/// The folder is found from the binaries rather than the content root, so the board is there however the
/// app is started: dotnet run, a published folder, or a test host whose content root is elsewhere.
/// Static assets are anonymous: the data behind them is what the API guards.
/// </summary>
public static class BoardAssets
{
    public static WebApplication UseBoardAssets(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("No board assets in {Folder}: the API runs, but / serves no board. Build src/Api to copy them there", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".map"] = "application/json";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            // The file names carry no version: a browser revalidates (a cheap 304) so a new build shows at once.
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
        return app;
    }
}
