using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiActors.Domain;

namespace KpiActors.Simulator;

/// <summary>
/// Streams realistic traffic through the public API: catalogues around the 30% line, e-document counts,
/// past months of dossiers (for trends and last-year comparisons), then live dossiers whose on-time
/// chance drifts so that some provinces fall behind and recover.
/// </summary>
public sealed class SimulationRunner(HttpClient api, SimulationOptions options, TimeProvider clock)
{
    private readonly Stopwatch _watch = new();
    private long _accepted;
    private long _refused;
    private string? _lastProblem;
    private string _phase = "starting";
    private (long Accepted, TimeSpan At) _rateMark;

    public async Task RunAsync(IProgress<SimulationProgress> progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var model = new TrafficModel(ProvinceProfile.For(ProvinceCatalog.Vietnam, random), random, clock.GetUtcNow().ToUnixTimeSeconds().ToString("x"));
        _watch.Start();
        using var reporter = new Timer(_ => progress.Report(Snapshot()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        var now = clock.GetUtcNow();
        var thisMonth = ReportingPeriod.Containing(VietnamTime.DateOf(now), PeriodKind.Month);
        // Newest first: last month, the month before, ...
        var months = Enumerable.Range(1, options.HistoryMonths)
            .Select(back => Enumerable.Range(0, back).Aggregate(thisMonth, (m, _) => m.Previous))
            .ToList();

        // Catalogues and e-document counts are small; send them first so every indicator has figures at once.
        _phase = "catalogues";
        foreach (var profile in model.Profiles)
        {
            await SendAsync(HttpMethod.Put, $"/api/v1/provinces/{profile.Province.Code}/procedures", model.Catalogue(profile).ToList(), cancellationToken);
        }

        _phase = "e-document counts";
        foreach (var month in months.Append(thisMonth))
        {
            var share = month == thisMonth ? (VietnamTime.DateOf(now).Day / 31.0) : 1;
            await SendAsync(HttpMethod.Post, "/api/v1/edoc-counts", model.Profiles.SelectMany(p => model.EDocCounts(p, month, share)).ToList(), cancellationToken);
        }

        // The current month first: it is what the board shows by default.
        _phase = "history";
        foreach (var month in months.Prepend(thisMonth))
        {
            var start = VietnamTime.StartOf(month.FirstDay);
            var end = month == thisMonth ? now.AddHours(-1) : VietnamTime.StartOf(month.LastDay.AddDays(1));
            var dossiers = model.Profiles.SelectMany(p => Enumerable.Range(0, Math.Max(40, (int)(options.DossiersPerProvinceMonth * p.VolumeShare * model.Profiles.Count)))
                .Select(_ => model.Dossier(p, start + (end - start) * random.NextDouble(), now, p.BaseOnTime)));
            foreach (var batch in dossiers.Chunk(options.BatchSize))
            {
                await SendAsync(HttpMethod.Post, "/api/v1/dossiers", batch, cancellationToken);
            }
        }

        _phase = "live";
        await RunLiveAsync(model, random, cancellationToken);
        progress.Report(Snapshot());
    }

    private async Task RunLiveAsync(TrafficModel model, Random random, CancellationToken cancellationToken)
    {
        var live = Stopwatch.StartNew();
        var tick = TimeSpan.FromMilliseconds(200);
        using var timer = new PeriodicTimer(tick);
        var perTick = Math.Max(1, (int)(options.EventsPerSecond * tick.TotalSeconds));
        while ((options.Duration is null || live.Elapsed < options.Duration) && await timer.WaitForNextTickAsync(cancellationToken))
        {
            var now = clock.GetUtcNow();
            var dossiers = Enumerable.Range(0, perTick).Select(_ =>
            {
                var profile = model.PickProvince();
                return random.NextDouble() < 0.6
                    ? model.ResolvedJustNow(profile, now, profile.OnTimeChance(live.Elapsed))
                    : model.ReceivedJustNow(profile, now);
            }).ToList();
            await SendAsync(HttpMethod.Post, "/api/v1/dossiers", dossiers, cancellationToken);

            if (random.NextDouble() < 0.05)
            {
                var profile = model.Profiles[random.Next(model.Profiles.Count)];
                await SendAsync(HttpMethod.Post, $"/api/v1/provinces/{profile.Province.Code}/procedures", new[] { model.Upgrade(profile) }, cancellationToken);
            }
        }
    }

    private async Task SendAsync<T>(HttpMethod method, string path, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await api.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(rows) }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref _accepted, rows.Count);
            }
            else
            {
                Interlocked.Add(ref _refused, rows.Count);
                _lastProblem = $"{(int)response.StatusCode} {path}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }

            return;
        }
    }

    private SimulationProgress Snapshot()
    {
        var accepted = Interlocked.Read(ref _accepted);
        var elapsed = _watch.Elapsed;
        var seconds = (elapsed - _rateMark.At).TotalSeconds;
        var rate = seconds > 0 ? (accepted - _rateMark.Accepted) / seconds : 0;
        _rateMark = (accepted, elapsed);
        return new SimulationProgress(_phase, accepted, rate, Interlocked.Read(ref _refused), _lastProblem);
    }
}
