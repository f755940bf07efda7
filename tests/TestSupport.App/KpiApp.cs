using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace KpiActors.TestSupport;

/// <summary>
/// The real app, in this process, on a real loopback socket (so WebSockets and a browser can reach it),
/// over a fresh SQLite file or a fresh database on the private PostgreSQL server. Disposing it stops the
/// host gracefully; starting another over the same connection string is a restart.
/// </summary>
public sealed class KpiApp : IAsyncDisposable
{
    /// <summary>The admin key the app is started with, as the tests of the in-process app name it.</summary>
    public const string AdminKey = AppDefaults.AdminKey;

    private readonly WebApplicationFactory<Program> _factory;

    private KpiApp(WebApplicationFactory<Program> factory, StorageEngine engine, string connectionString)
    {
        _factory = factory;
        Engine = engine;
        ConnectionString = connectionString;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public StorageEngine Engine { get; }

    public string ConnectionString { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="settings">Configuration on top of <see cref="AppDefaults"/>.</param>
    /// <param name="connectionString">An existing database to start over (a restart); a fresh one when null.</param>
    /// <param name="services">Services replacing the app's own: a demo's traffic, a receiver's address.</param>
    /// <param name="clock">
    /// The app's "now", for a test that moves it or makes it run fast. Orleans' own timekeeping (membership, reminders, the
    /// collection of idle grains) stays on real time: jumping half an hour must not make a silo look dead.
    /// </param>
    public static async Task<KpiApp> StartAsync(
        StorageEngine engine, IReadOnlyDictionary<string, string?>? settings = null, string? connectionString = null,
        Action<IServiceCollection>? services = null, TimeProvider? clock = null)
    {
        connectionString ??= await engine.NewDatabaseAsync();
        var all = AppDefaults.For(engine, connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }

            if (clock is not null)
            {
                builder.ConfigureTestServices(s =>
                {
                    s.AddSingleton(clock);
                    s.AddKeyedSingleton(KeyedService.AnyKey, (_, _) => TimeProvider.System);
                    s.AddKeyedSingleton(TimeProviderNames.Grains, (provider, _) => provider.GetRequiredService<TimeProvider>());
                });
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel();
        try
        {
            factory.StartServer();
        }
        catch
        {
            // A start refused by the configuration must not leave what did start (a silo, its ports) behind.
            await factory.DisposeAsync();
            throw;
        }

        var app = new KpiApp(factory, engine, connectionString);
        using var client = app.Client(null);
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        return app;
    }

    /// <summary>An HTTP client for the app, sending <paramref name="apiKey"/> as a bearer token when given.</summary>
    public HttpClient Client(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>Creates a key through the admin API and returns the key itself.</summary>
    public async Task<string> CreateKeyAsync(string role, params string[] provinces)
    {
        using var admin = Client();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = $"test {role}", role, provinces });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<CreatedKeyBody>();
        return created!.Key;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private sealed record CreatedKeyBody(string Key);
}
