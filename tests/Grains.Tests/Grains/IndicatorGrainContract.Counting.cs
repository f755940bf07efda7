using KpiActors.Silo.Facts;
using KpiActors.TestSupport;
using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using KpiActors.Silo.Storage;
using static KpiActors.Domain.Indicators;

namespace KpiActors.Grains.Tests.Grains;

/// <summary>Counting: every dossier counts once, in the bucket its latest version puts it in.</summary>
public abstract partial class IndicatorGrainContract
{
    [Fact]
    public async Task A_duplicate_dossier_is_counted_once()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        var dossier = Dossiers.Received(Province, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17)).ResolvedAt(Vn.At(2026, 11, 6));

        var first = await feed.StoreAndDeliverAsync(dossier);
        var retry = await feed.StoreAndDeliverAsync(dossier with { });
        var twiceInOneBatch = await feed.StoreAndDeliverAsync(dossier, dossier with { });
        // The pipeline's call may also be retried: the same batches arriving again change nothing either.
        foreach (var (grain, batch) in feed.Delivered.ToList())
        {
            await host.Grain(grain).ApplyAsync(batch);
        }

        Assert.Equal(new BatchOutcome(1, 0), first.Outcomes.Single());
        Assert.Equal(new BatchOutcome(0, 1), retry.Outcomes.Single());
        Assert.Equal(new BatchOutcome(0, 2), twiceInOneBatch.Outcomes.Single());
        Assert.Empty(retry.Grains);
        Assert.Empty(twiceInOneBatch.Grains);
        var onTime = await host.ReadAsync(Key(OnTimeId), "2026-11");
        Assert.Equal(1, onTime.Counts["received"]);
        Assert.Equal(1, onTime.Counts["early"]);
        Assert.Equal((1, 1), (onTime.Numerator, onTime.Denominator));
        var online = await host.ReadAsync(Key(OnlineDossierId), "2026-11");
        Assert.Equal((0, 1), (online.Numerator, online.Denominator));
        Assert.Equal(1, online.Counts["inPerson"]);
    }

    [Fact]
    public async Task A_duplicate_of_a_dossier_with_a_date_only_due_date_is_reported_unchanged()
    {
        // A due date sent as a bare date means the end of that day, to the last tick: more precision than
        // PostgreSQL keeps. The stored copy must still be recognised as the same dossier.
        var host = await StartHostAsync();
        var feed = new Feed(host);
        // "2026-11-09" as the API reads it: the last tick before 10 November in Vietnam.
        var endOfNinth = VietnamTime.StartOf(new DateOnly(2026, 11, 10)).AddTicks(-1);
        var dossier = Dossiers.Received(Province, "HS-7", Vn.At(2026, 11, 2, 8), endOfNinth, Channel.Online).InProgress();

        var first = await feed.StoreAndDeliverAsync(dossier);
        var retry = await feed.StoreAndDeliverAsync(dossier with { });

        Assert.Equal(new BatchOutcome(1, 0), first.Outcomes.Single());
        Assert.Equal(new BatchOutcome(0, 1), retry.Outcomes.Single());
        var onTime = await host.ReadAsync(Key(OnTimeId), "2026-11");
        Assert.Equal(1, onTime.Counts["received"]);
        Assert.Equal(1, onTime.Counts["inProgress"]);
        Assert.Equal(1, onTime.Counts["overdue"]);
    }

    [Fact]
    public async Task Resolving_an_overdue_dossier_late_moves_it_from_in_progress_to_late()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        var overdue = Dossiers.Received(Province, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17)).InProgress();
        var withinTime = Dossiers.Received(Province, "HS-2", Vn.At(2026, 11, 3), Vn.At(2026, 11, 25, 17)).InProgress();
        await feed.StoreAndDeliverAsync(overdue, withinTime);

        var before = await host.ReadAsync(Key(OnTimeId), "2026-11");
        await feed.StoreAndDeliverAsync(overdue.ResolvedAt(Vn.At(2026, 11, 19, 15)));
        var after = await host.ReadAsync(Key(OnTimeId), "2026-11");

        Assert.Equal((2L, 2L, 1L, 0L), (before.Counts["received"], before.Counts["inProgress"], before.Counts["overdue"], before.Counts["late"]));
        Assert.Equal((0, 0), (before.Numerator, before.Denominator));
        Assert.Null(before.Value);
        Assert.Equal((2L, 1L, 0L, 1L), (after.Counts["received"], after.Counts["inProgress"], after.Counts["overdue"], after.Counts["late"]));
        Assert.Equal((0, 1), (after.Numerator, after.Denominator));
        Assert.Equal(0.0, after.Value);
    }

    [Fact]
    public async Task A_corrected_resolution_date_moves_the_dossier_to_the_other_month()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        var received = Dossiers.Received(Province, "HS-1", Vn.At(2026, 10, 5), Vn.At(2026, 10, 20, 17));
        await feed.StoreAndDeliverAsync(received.ResolvedAt(Vn.At(2026, 10, 30)));
        var october = await host.ReadAsync(Key(OnTimeId), "2026-10");

        // The office got the date wrong: it was resolved on 3 November. Same stage, so the correction stands.
        await feed.StoreAndDeliverAsync(received.ResolvedAt(Vn.At(2026, 11, 3)));
        var octoberAfter = await host.ReadAsync(Key(OnTimeId), "2026-10");
        var novemberAfter = await host.ReadAsync(Key(OnTimeId), "2026-11");
        var quarterAfter = await host.ReadAsync(Key(OnTimeId), "2026-Q4");

        Assert.Equal((1L, 1L), (october.Counts["received"], october.Counts["late"]));
        Assert.Equal((1L, 0L, 0), (octoberAfter.Counts["received"], octoberAfter.Counts["late"], octoberAfter.Denominator));
        Assert.Equal((0L, 1L, 1), (novemberAfter.Counts["received"], novemberAfter.Counts["late"], novemberAfter.Denominator));
        Assert.Equal((1L, 1L, 1), (quarterAfter.Counts["received"], quarterAfter.Counts["late"], quarterAfter.Denominator));
    }

    [Fact]
    public async Task Events_arriving_in_any_order_converge_to_the_same_totals()
    {
        var host = await StartHostAsync();
        var feed = new Feed(host);
        // The same thirteen dossiers' lives, in order for one province and in three shuffles for three others.
        // Each version is of a later stage than the one before, so the last stage must win whatever the order.
        var orders = new (string Province, int? Seed)[] { (Province, null), ("01", 1), ("48", 2), ("79", 3) };
        foreach (var (province, seed) in orders)
        {
            var versions = DossierLives(province).ToArray();
            if (seed is { } s)
            {
                new Random(s).Shuffle(versions);
            }

            foreach (var chunk in versions.Chunk(5))
            {
                await feed.StoreAndDeliverAsync(chunk);
            }
        }

        var onTime = await Task.WhenAll(orders.Select(o => host.ReadAsync(Key(OnTimeId, o.Province), "2026-11")));
        var online = await Task.WhenAll(orders.Select(o => host.ReadAsync(Key(OnlineDossierId, o.Province), "2026-11")));

        Assert.Equal(
            "early=4, inProgress=1, late=2, onTime=3, overdue=0, cancelled=2, received=13, returned=1",
            string.Join(", ", new[] { "early", "inProgress", "late", "onTime", "overdue", "cancelled", "received", "returned" }
                .Select(name => $"{name}={onTime[0].Counts[name]}")));
        Assert.Equal((7, 9), (onTime[0].Numerator, onTime[0].Denominator));
        Assert.Equal((5L, 6L, 2L), (online[0].Counts["online"], online[0].Counts["inPerson"], online[0].Counts["postal"]));
        Assert.Equal((5, 13), (online[0].Numerator, online[0].Denominator));
        Assert.All(onTime.Skip(1), reading => Assert.Equal(Readings.Totals(onTime[0]), Readings.Totals(reading)));
        Assert.All(online.Skip(1), reading => Assert.Equal(Readings.Totals(online[0]), Readings.Totals(reading)));
    }

    /// <summary>
    /// Thirteen dossiers received in November 2026, each as the versions its office sends: received, in
    /// progress (but the returned one), then how it ended (4 early, 3 on time, 2 late, 1 returned, 1 withdrawn, 1 refused, 1 still open); 5 online, 6 in person, 2 by post.
    /// </summary>
    private static IEnumerable<DossierFact> DossierLives(string province)
    {
        var channels = new[] { Channel.Online, Channel.InPerson, Channel.InPerson, Channel.Online, Channel.Postal, Channel.InPerson, Channel.Online };
        for (var i = 0; i < 13; i++)
        {
            // The one left open is given until after today, so that it is in progress but not overdue.
            var due = i == 12 ? Vn.At(2026, 11, 25, 17) : Vn.At(2026, 11, 12, 17);
            var received = Dossiers.Received(province, $"HS-{i:D2}", Vn.At(2026, 11, 2 + i % 5, 8), due, channels[i % channels.Length]);
            yield return received;
            if (i != 9)
            {
                // Not for the one to be returned: in progress and returned are one stage, where the last
                // arrival stands (a returned dossier may come back in progress), so their order would matter.
                yield return received.InProgress();
            }

            switch (i)
            {
                case < 4:
                    yield return received.ResolvedAt(Vn.At(2026, 11, 10));
                    break;
                case < 7:
                    yield return received.ResolvedAt(Vn.At(2026, 11, 12, 16));
                    break;
                case < 9:
                    yield return received.ResolvedAt(Vn.At(2026, 11, 14));
                    break;
                case 9:
                    yield return received.ReturnedAt(Vn.At(2026, 11, 9));
                    break;
                case 10:
                    yield return received.WithdrawnAt(Vn.At(2026, 11, 9));
                    break;
                case 11:
                    yield return received.RefusedAt(Vn.At(2026, 11, 9));
                    break;
                default:
                    break;
            }
        }
    }
}
