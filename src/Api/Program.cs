using KpiActors.Api.Endpoints;
using KpiActors.Api.Hosting;

// --demo streams simulated traffic into the app itself, so that a first look shows a live board.
var demo = args.Contains("--demo");
// The content root is the app's own folder, so appsettings.json is found wherever the app is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.Where(a => a != "--demo").ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddKpiActors();
if (demo)
{
    builder.Services.AddHostedService<DemoTraffic>();
}

var app = builder.Build();
app.UseKpiActors();
app.MapHealthApi();
app.MapIngestApi();
app.MapBoardApi();
app.MapAlertsApi();
app.MapAdminApi();
app.MapBoardHub();
app.Run();

public partial class Program;
