using KpiActors.Api.Endpoints;
using KpiActors.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKpiActors();

var app = builder.Build();
app.UseKpiActors();
app.MapHealthApi();
app.MapIngestApi();
app.MapBoardApi();
app.MapAdminApi();
app.Run();

public partial class Program;
