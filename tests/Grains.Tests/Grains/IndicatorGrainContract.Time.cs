using KpiActors.TestSupport;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using static KpiActors.Domain.Indicators;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>Figures that move with the calendar: overdue dossiers, projections to a deadline, last year's period.</summary>
public abstract partial class IndicatorGrainContract
{
    [Fact]
    public async Task A_dossier_in_progress_becomes_overdue_as_the_clock_passes_its_due_date_without_any_new_event()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        await feed.StoreAndDeliverAsync(
            Dossiers.Received(Province, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 21, 17)).InProgress(),
            Dossiers.Received(Province, "HS-2", Vn.At(2026, 11, 3), Vn.At(2026, 11, 24, 17)).InProgress());

        var onTheTwentieth = await host.ReadAsync(Key(OnTimeId), "2026-11");
        Clock.Set(Vn.At(2026, 11, 22, 8));
        var onTheTwentySecond = await host.ReadAsync(Key(OnTimeId), "2026-11");
        Clock.Set(Vn.At(2026, 11, 25, 8));
        var onTheTwentyFifth = await host.ReadAsync(Key(OnTimeId), "2026-11");

        Assert.Equal((2L, 0L), (onTheTwentieth.Counts["inProgress"], onTheTwentieth.Counts["overdue"]));
        Assert.Equal((2L, 1L), (onTheTwentySecond.Counts["inProgress"], onTheTwentySecond.Counts["overdue"]));
        Assert.Equal((2L, 2L), (onTheTwentyFifth.Counts["inProgress"], onTheTwentyFifth.Counts["overdue"]));
        Assert.Equal(onTheTwentieth.Sequence, onTheTwentyFifth.Sequence);
    }

    [Fact]
    public async Task A_catalogue_trending_to_a_future_province_target_is_on_track()
    {
        // Both provinces aim at 50% full-online procedures by the end of the year and stand at 40% today;
        // one is climbing ten points every ten days, the other falling.
        var deadline = new DateOnly(2026, 12, 31);
        var host = await StartHostAsync();
        await host.SetTargetAsync(Province, OnlineL4Id, new Target(0.5, deadline, "Kế hoạch của UBND tỉnh"));
        await host.SetTargetAsync("01", OnlineL4Id, new Target(0.5, deadline, "Kế hoạch của UBND tỉnh"));
        var feed = new Feed(host);
        (DateTimeOffset Day, int Climbing, int Falling)[] days = [(Vn.At(2026, 11, 1), 2, 6), (Vn.At(2026, 11, 11), 3, 5), (Vn.At(2026, 11, 21), 4, 4)];
        foreach (var (day, up, down) in days)
        {
            Clock.Set(day);
            await feed.StoreAndDeliverAsync([.. Catalogue(Province, up), .. Catalogue("01", down)]);
        }

        var rising = await host.ReadAsync(Key(OnlineL4Id), "2026-11");
        var falling = await host.ReadAsync(Key(OnlineL4Id, "01"), "2026-11");

        // Through (0, 0.2), (10, 0.3), (20, 0.4): 0.01 a day, 60 days from 1 November to 31 December.
        Assert.Equal((4, 10), (rising.Numerator, rising.Denominator));
        Assert.Equal((0.5, deadline), (rising.Target, rising.TargetDeadline));
        Assert.Equal(0.8, rising.Projection!.Value, 10);
        Assert.Equal(TargetStatus.OnTrack, rising.Status);
        Assert.Equal((4, 10), (falling.Numerator, falling.Denominator));
        Assert.Equal(0.0, falling.Projection!.Value, 10);
        Assert.Equal(TargetStatus.Behind, falling.Status);
    }

    /// <summary>A catalogue of ten procedures, the first <paramref name="fullOnline"/> of them at level 4, the rest at level 3.</summary>
    private static IEnumerable<IFact> Catalogue(string province, int fullOnline) =>
        Enumerable.Range(0, 10).Select(i => new ProcedureFact(province, $"1.00{i}", $"Thủ tục {i}", i < fullOnline ? 4 : 3));

    [Fact]
    public async Task Same_period_last_year_figures_are_exact()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        DossierFact Resolved(string id, DateTimeOffset received, DateTimeOffset due, DateTimeOffset resolved, Channel channel) =>
            Dossiers.Received(Province, id, received, due, channel).ResolvedAt(resolved);
        await feed.StoreAndDeliverAsync(
            // October 2025: one late, in person.
            Resolved("A-1", Vn.At(2025, 10, 6), Vn.At(2025, 10, 10, 17), Vn.At(2025, 10, 15), Channel.InPerson),
            // November 2025: three in time, one late; one online.
            Resolved("A-2", Vn.At(2025, 11, 3), Vn.At(2025, 11, 10, 17), Vn.At(2025, 11, 7), Channel.Online),
            Resolved("A-3", Vn.At(2025, 11, 3), Vn.At(2025, 11, 10, 17), Vn.At(2025, 11, 10, 11), Channel.InPerson),
            Resolved("A-4", Vn.At(2025, 11, 4), Vn.At(2025, 11, 10, 17), Vn.At(2025, 11, 9), Channel.InPerson),
            Resolved("A-5", Vn.At(2025, 11, 4), Vn.At(2025, 11, 10, 17), Vn.At(2025, 11, 12), Channel.InPerson),
            // November 2026: five early, four online.
            Resolved("B-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17), Vn.At(2026, 11, 5), Channel.Online),
            Resolved("B-2", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17), Vn.At(2026, 11, 5), Channel.Online),
            Resolved("B-3", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17), Vn.At(2026, 11, 6), Channel.Online),
            Resolved("B-4", Vn.At(2026, 11, 3), Vn.At(2026, 11, 9, 17), Vn.At(2026, 11, 6), Channel.Online),
            Resolved("B-5", Vn.At(2026, 11, 3), Vn.At(2026, 11, 9, 17), Vn.At(2026, 11, 6), Channel.InPerson),
            new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Outgoing, ReportingPeriod.Month(2025, 11), 80, 100),
            new EDocCountFact(Province, "UBND", AdministrativeLevel.Province, Direction.Outgoing, ReportingPeriod.Month(2026, 11), 95, 100));

        var month = await host.ReadAsync(Key(OnTimeId), "2026-11");
        var quarter = await host.ReadAsync(Key(OnTimeId), "2026-Q4");
        var online = await host.ReadAsync(Key(OnlineDossierId), "2026");
        var edoc = await host.ReadAsync(Key(EDocId), "2026-11");

        Assert.Equal((5, 5, 1.0), (month.Numerator, month.Denominator, month.Value));
        Assert.Equal((3, 4, 0.75), (month.LastYearNumerator, month.LastYearDenominator, month.LastYearValue));
        Assert.Equal((5, 5), (quarter.Numerator, quarter.Denominator));
        Assert.Equal((3, 5, 0.6), (quarter.LastYearNumerator, quarter.LastYearDenominator, quarter.LastYearValue));
        Assert.Equal((4, 5, 0.8), (online.Numerator, online.Denominator, online.Value));
        Assert.Equal((1, 5, 0.2), (online.LastYearNumerator, online.LastYearDenominator, online.LastYearValue));
        Assert.Equal((95, 100, 80, 100), (edoc.Numerator, edoc.Denominator, edoc.LastYearNumerator, edoc.LastYearDenominator));
    }
}
