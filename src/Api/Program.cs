using KpiActors.Api.Endpoints;
using KpiActors.Api.Hosting;

// --demo streams simulated traffic into the app itself, so that a first look shows a live board.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
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
