using KpiActors.Api.Alerts;
using KpiActors.Api.Auth;
using KpiActors.Api.Hosting;
using KpiActors.Api.Ingest;
using KpiActors.Api.Ingest.Portal;
using KpiActors.Api.Live;
using KpiActors.Api.Notifications;
using KpiActors.Api.Operations;
using KpiActors.Api.Reports;
using KpiActors.Api.Targets;
using KpiActors.Silo;

// --demo streams simulated traffic into the app itself, so that a first look shows a live board.
var demo = args.Contains("--demo");
// The content root is the app's own folder, so appsettings.json is found wherever the app is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.Where(a => a != "--demo").ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});

// The silo first: its storage migrates before anything else starts, and what starts later stops earlier, so ingest
// drains and the relay leaves before the silo writes its last snapshots.
builder.AddKpiSilo();
builder.AddApiDefaults();
builder.AddSecurity();
builder.AddTargets();
builder.AddIngest();
builder.AddAlerts();
builder.AddNotifications();
builder.AddLiveBoard();
builder.AddReports();
builder.AddOperations();
if (demo)
{
    builder.Services.AddHostedService<DemoTraffic>();
}

var app = builder.Build();
app.UseApiDefaults();
app.UseSecurity();
app.MapOperations();
app.MapIngest();
app.MapPortal();
app.MapLiveBoard();
app.MapAlertsApi();
app.MapNotificationsApi();
app.MapKeysApi();
app.MapTargetsApi();
app.MapReportsApi();
app.Run();

public partial class Program;
