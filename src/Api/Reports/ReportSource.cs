using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Targets;

namespace KpiActors.Api.Reports;

/// <summary>
/// Gathers a window's figures. A calendar window reads the grains, exactly as the board does; an NĐ 09 window's
/// days are not whole months, which the grains do not keep, so it counts the stored facts the same way the log
/// does (<see cref="Contributions"/>) and judges them as a grain would.
/// </summary>
public sealed class ReportSource(
    IGrainFactory grains, SqlReportFacts facts, SqlAlertStore alertStore, SqlTargetStore targets, StatusPolicy policy, TimeProvider clock)
{
    private const int InWindow = 1;
    private const int InLastYear = 2;
    private const int Elsewhere = 3;

    /// <param name="province">The province a report is about, or null for the national report: only its open dossiers are counted.</param>
    public async Task<ReportData> ReadAsync(ReportWindow window, string? province, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var openAt = window.ClosesAt < now ? window.ClosesAt : now;
        var readings = window.CutOff == CutOff.Calendar
            ? await GrainReadingsAsync(window.Period)
            : await CountedReadingsAsync(window, cancellationToken);
        var open = await OpenDossiersAsync(province, openAt, cancellationToken);
        var edocs = await facts.EDocLinesAsync(window.CompleteMonths, cancellationToken);
        // Alerts that fired inside the window, oldest first.
        var alerts = (await alertStore.FiredAsync(cancellationToken)).Where(a => window.Contains(VietnamTime.DateOf(a.FiredAt!.Value))).ToList();
        return new ReportData(window, readings, edocs, open, VietnamTime.DateOf(openAt.AddTicks(-1)), alerts);
    }

    /// <summary>Every figure, or none: a report that left a province out would read as if it had nothing to report.</summary>
    private async Task<IReadOnlyList<IndicatorReading>> GrainReadingsAsync(ReportingPeriod period)
    {
        var readings = await grains.ReadingsAsync(IndicatorGrains.Keys(ProvinceCatalog.Vietnam.All, Indicators.All), period);
        return readings.All(r => r is not null)
            ? readings.OfType<IndicatorReading>().ToList()
            : throw new IndicatorUnavailableException($"{readings.Count(r => r is null)} figures of {period} cannot be read right now");
    }

    private async Task<IReadOnlyList<IndicatorReading>> CountedReadingsAsync(ReportWindow window, CancellationToken cancellationToken)
    {
        var lastYear = window.SamePeriodLastYear;
        var counters = new Dictionary<(int Bucket, string Province, string Indicator), long[]>();
        void Add(int bucket, string province, string indicator, long[] values)
        {
            if (!counters.TryGetValue((bucket, province, indicator), out var sum))
            {
                counters[(bucket, province, indicator)] = sum = new long[Counters.Width];
            }

            Counters.Add(sum, values);
        }

        int BucketOf(DateOnly day) => window.Contains(day) ? InWindow : lastYear.Contains(day) ? InLastYear : Elsewhere;
        await foreach (var dossier in facts.DossiersAsync(null, cancellationToken))
        {
            foreach (var delta in Contributions.Of(dossier, BucketOf))
            {
                if (delta.Bucket is InWindow or InLastYear)
                {
                    Add(delta.Bucket, delta.Province, delta.Indicator, delta.Values);
                }
            }
        }

        foreach (var (bucket, months) in new[] { (InWindow, window), (InLastYear, lastYear) })
        {
            foreach (var line in await facts.EDocLinesAsync(months.CompleteMonths, cancellationToken))
            {
                Add(bucket, line.Province, Indicators.EDocId, Counters.Of(line.Electronic, line.Total));
            }

            foreach (var (province, catalogue) in await facts.CatalogueAsOfAsync(months.LastDay, cancellationToken))
            {
                Add(bucket, province, Indicators.OnlineL4Id, catalogue);
            }
        }

        long[] Of(int bucket, string province, string indicator) =>
            counters.TryGetValue((bucket, province, indicator), out var values) ? values : new long[Counters.Width];
        // As a grain reads a period that is over: no projection, no hysteresis.
        var plans = await targets.PlansAsync(cancellationToken);
        return ProvinceCatalog.Vietnam.All.SelectMany(p => Indicators.All.Select(i => IndicatorReading.Judge(
            p.Code, i, window.Period, Of(InWindow, p.Code, i.Id), Of(InLastYear, p.Code, i.Id), plans(p.Code, i), null, null, policy, 0, lastDay: window.LastDay))).ToList();
    }

    /// <summary>Dossiers received before <paramref name="at"/> and not ended by then; overdue when due on an earlier day.</summary>
    private async Task<IReadOnlyDictionary<string, OpenDossiers>> OpenDossiersAsync(string? province, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = VietnamTime.DateOf(at);
        var open = new Dictionary<string, OpenDossiers>();
        await foreach (var dossier in facts.DossiersAsync(province, cancellationToken))
        {
            var ended = dossier.Status is not (DossierStatus.Received or DossierStatus.InProgress) && (dossier.ResolvedAt ?? dossier.ReceivedAt) < at;
            if (dossier.ReceivedAt >= at || ended)
            {
                continue;
            }

            var overdue = VietnamTime.DateOf(dossier.DueAt) < day ? 1 : 0;
            var sum = open.GetValueOrDefault(dossier.Province, new OpenDossiers(0, 0));
            open[dossier.Province] = new OpenDossiers(sum.InProgress + 1, sum.Overdue + overdue);
        }

        return open;
    }
}
