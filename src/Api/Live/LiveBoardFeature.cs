using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiActors.Api.Live;

/// <summary>The live board's push: this node's SignalR hub, fed by the notifiers of every silo through this node's relay.</summary>
public static class LiveBoardFeature
{
    public static WebApplicationBuilder AddLiveBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(options =>
            options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        builder.Services.AddSingleton<BoardNodeRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BoardNodeRelay>());
        return builder;
    }

    public static WebApplication MapLiveBoard(this WebApplication app)
    {
        app.MapHub<BoardHub>("/hubs/board");
        app.MapBoardApi();
        return app;
    }
}
