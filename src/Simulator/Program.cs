using System.Globalization;
using System.Net.Http.Headers;
using KpiActors.Simulator;

// Streams realistic traffic into a running KPI Actors app through its public API.
// Usage: dotnet run --project src/Simulator -- --url http://127.0.0.1:5080 --key <admin key> [--rate 150] [--seconds 600] [--history-months 13]
var settings = args.Chunk(2).Where(pair => pair.Length == 2 && pair[0].StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(pair => pair[0][2..], pair => pair[1], StringComparer.OrdinalIgnoreCase);
if (!settings.TryGetValue("key", out var key))
{
    Console.Error.WriteLine("Usage: KpiActors.Simulator --url http://127.0.0.1:5080 --key <admin key> [--rate 150] [--seconds 600] [--history-months 13]");
    return 2;
}

int Number(string name, int fallback) => settings.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
var options = new SimulationOptions
{
    EventsPerSecond = Number("rate", 150),
    Duration = settings.ContainsKey("seconds") ? TimeSpan.FromSeconds(Number("seconds", 0)) : null,
    HistoryMonths = Number("history-months", 13),
};

using var api = new HttpClient { BaseAddress = new Uri(settings.GetValueOrDefault("url") ?? "http://127.0.0.1:5080") };
api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var runner = new SimulationRunner(api, options, TimeProvider.System);
try
{
    await runner.RunAsync(new Progress<SimulationProgress>(p => Console.Error.Write(
        $"\r{p.Phase,-18} {p.Accepted,12:N0} events accepted  {p.PerSecond,8:N0}/s  {p.Refused:N0} refused   ")), stop.Token);
}
catch (OperationCanceledException)
{
}

Console.Error.WriteLine();
return 0;
