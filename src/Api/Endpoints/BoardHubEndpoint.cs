using KpiActors.Api.Live;

namespace KpiActors.Api.Endpoints;

public static class BoardHubEndpoint
{
    public static IEndpointRouteBuilder MapBoardHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<BoardHub>("/hubs/board");
        return app;
    }
}
