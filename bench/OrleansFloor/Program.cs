// ASP.NET Core with a co-hosted silo on localhost clustering and nothing else: no grains, storage, endpoints or
// hosted services of the app's. Its time to listen is what any app co-hosting Orleans pays on this machine.
var builder = WebApplication.CreateBuilder(args);
var siloPort = builder.Configuration.GetValue("Orleans:SiloPort", 11111);
var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort));
var app = builder.Build();
app.MapGet("/", () => "listening");
app.Run();
