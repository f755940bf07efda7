using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace KpiActors.Api.Hosting;

/// <summary>
/// Endpoints whose mapping is slow, mapped on the thread pool while the host starts instead of before it: Orleans'
/// dashboard gzips every asset it embeds when it is mapped, 0.4 s of a 1.9 s start on 2 cores, while the silo's start
/// that runs meanwhile mostly waits. Routing reads <see cref="Endpoints"/> when the first request arrives, after the
/// host has started, so that request waits for whatever is left and no request ever routes without them.
/// </summary>
public static class BackgroundEndpoints
{
    public static void MapInBackground(this WebApplication app, Action<IEndpointRouteBuilder> map) =>
        ((IEndpointRouteBuilder)app).DataSources.Add(new Source(app, map));

    private sealed class Source : EndpointDataSource, IEndpointRouteBuilder
    {
        private readonly IEndpointRouteBuilder _app;
        private readonly Task<IReadOnlyList<Endpoint>> _endpoints;

        public Source(IEndpointRouteBuilder app, Action<IEndpointRouteBuilder> map)
        {
            _app = app;
            _endpoints = Task.Run(() =>
            {
                map(this);
                return (IReadOnlyList<Endpoint>)DataSources.SelectMany(source => source.Endpoints).ToList();
            });
        }

        public override IReadOnlyList<Endpoint> Endpoints => _endpoints.GetAwaiter().GetResult();

        public override IChangeToken GetChangeToken() => NullChangeToken.Singleton;

        public IServiceProvider ServiceProvider => _app.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => _app.CreateApplicationBuilder();
    }
}
