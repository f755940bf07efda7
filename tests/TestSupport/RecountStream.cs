using KpiActors.Domain;

namespace KpiActors.TestSupport;

/// <summary>
/// A seeded stream of dossier events over all 34 provinces as one-stop offices send them: each dossier's
/// life (received, in progress, returned, resolved or cancelled) interleaved with the others', exact
/// repeats (retries) and later corrections (a new end date or status). Dates fall in June to November 2026 (all past, as the API requires) and
/// straddle Vietnam's midnight and month ends, where a wrong time zone or bucket would show.
/// </summary>
public static class RecountStream
{
    private static readonly DateTimeOffset From = new(2026, 6, 1, 0, 0, 0, RecountRules.Vietnam);

    private static readonly string[] Provinces = [.. ProvinceCatalog.Vietnam.All.Select(p => p.Code)];

    /// <summary>
    /// Exactly <paramref name="total"/> events, of which <paramref name="duplicates"/> are exact repeats of an
    /// earlier event and <paramref name="corrections"/> are later versions of a dossier that change its status
    /// or resolution date. Within one dossier, events keep the order of its life; repeats and corrections come
    /// after what they repeat or correct.
    /// </summary>
    public static List<RecountEvent> Generate(int seed, string idPrefix, int total, int duplicates, int corrections)
    {
        var random = new Random(seed);
        var lives = new List<List<RecountFact>>();
        var count = 0;
        var baseCount = total - duplicates - corrections;
        while (count < baseCount)
        {
            var life = Life(random, $"{idPrefix}-{lives.Count:D6}");
            if (count + life.Count > baseCount)
            {
                life.RemoveRange(baseCount - count, life.Count - (baseCount - count));
            }

            lives.Add(life);
            count += life.Count;
        }

        // Each event gets a place in the stream; sorting by place interleaves the dossiers while every dossier
        // keeps its own order. Base events take the places 0..baseCount-1 in a random merge of the lives.
        var placed = new List<(double Place, RecountEvent Event, int Life)>(total);
        var next = new int[lives.Count];
        var unfinished = Enumerable.Range(0, lives.Count).ToList();
        var lastPlace = new double[lives.Count];
        for (var place = 0; place < baseCount; place++)
        {
            var pick = random.Next(unfinished.Count);
            var life = unfinished[pick];
            placed.Add((place, new RecountEvent(lives[life][next[life]], random.Next(3)), life));
            lastPlace[life] = place;
            if (++next[life] == lives[life].Count)
            {
                unfinished[pick] = unfinished[^1];
                unfinished.RemoveAt(unfinished.Count - 1);
            }
        }

        for (var i = 0; i < corrections; i++)
        {
            var life = random.Next(lives.Count);
            var last = lives[life][^1];
            var place = lastPlace[life] + random.NextDouble() * (baseCount - lastPlace[life]);
            placed.Add((place, new RecountEvent(Correct(random, last), random.Next(3)), life));
        }

        for (var i = 0; i < duplicates; i++)
        {
            var original = placed[random.Next(placed.Count)];
            // A retry repeats the event as it was, spelled the same; it arrives some time after the original.
            placed.Add((original.Place + random.NextDouble() * (baseCount - original.Place), original.Event, original.Life));
        }

        return [.. placed.OrderBy(p => p.Place).Select(p => p.Event)];
    }

    private static List<RecountFact> Life(Random random, string id)
    {
        var province = Provinces[random.Next(Provinces.Length)];
        var channel = random.Next(100) switch { < 60 => "online", < 93 => "in-person", _ => "postal" };
        var level = random.Next(2) == 0 ? "province" : "commune";
        var procedure = random.Next(4) == 0 ? null : $"1.{random.Next(1000, 1100):D6}";
        // Whole seconds (but for bare due dates): what was sent can be compared with what was stored.
        var receivedAt = From.AddSeconds(random.Next(120 * 24 * 3600));
        var dueDay = RecountRules.VietnamDay(receivedAt).AddDays(random.Next(1, 16));
        var dueAt = random.Next(3) switch
        {
            0 => At(dueDay, new TimeOnly(17, 0)),
            // A bare due date: the whole day (sent as "yyyy-MM-dd").
            1 => RecountRules.EndOfDay(dueDay),
            _ => At(dueDay, new TimeOnly(random.Next(7, 12), random.Next(60))),
        };
        var received = new RecountFact(province, id, level, channel, procedure, receivedAt, dueAt, null, "received");
        var life = new List<RecountFact> { received };
        if (random.Next(10) < 7)
        {
            life.Add(received with { Status = "in-progress" });
        }

        var roll = random.Next(100);
        if (roll < 12)
        {
            return life;
        }

        if (roll < 22)
        {
            life.Add(received with { Status = "returned", ResolvedAt = EndDate(random, received) });
            if (random.Next(2) == 0)
            {
                return life;
            }
        }

        life.Add(roll < 94
            ? received with { Status = "resolved", ResolvedAt = EndDate(random, received) }
            : received with { Status = random.Next(2) == 0 ? "withdrawn" : "refused", ResolvedAt = random.Next(3) == 0 ? null : EndDate(random, received) });
        return life;
    }

    /// <summary>A later version: another resolution date (often in another month), or a different ending.</summary>
    private static RecountFact Correct(Random random, RecountFact last) => random.Next(4) switch
    {
        0 => last with { Status = "withdrawn", ResolvedAt = EndDate(random, last) },
        _ => last with { Status = "resolved", ResolvedAt = Later(last.ReceivedAt, EndDate(random, last).AddDays(random.Next(-20, 21))) },
    };

    /// <summary>Early, on the due day, late, or within half an hour of a Vietnam midnight near the due day.</summary>
    private static DateTimeOffset EndDate(Random random, RecountFact dossier)
    {
        var dueDay = RecountRules.VietnamDay(dossier.DueAt);
        var candidate = random.Next(4) switch
        {
            0 => At(dueDay.AddDays(-random.Next(1, 5)), new TimeOnly(random.Next(24), random.Next(60), random.Next(60))),
            1 => At(dueDay, TimeOnly.MinValue).AddSeconds(random.NextInt64((long)(dossier.DueAt - At(dueDay, TimeOnly.MinValue)).TotalSeconds + 1)),
            2 => WholeSecondAfter(dossier.DueAt).AddSeconds(random.Next(4 * 24 * 3600)),
            _ => At(dueDay.AddDays(random.Next(-1, 2)), TimeOnly.MinValue).AddSeconds(random.Next(-1800, 1800)),
        };
        return Later(dossier.ReceivedAt, candidate);
    }

    /// <summary>No end before the dossier came in: the API refuses that.</summary>
    private static DateTimeOffset Later(DateTimeOffset receivedAt, DateTimeOffset candidate) =>
        candidate < receivedAt ? receivedAt.AddSeconds(60) : candidate;

    private static DateTimeOffset WholeSecondAfter(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);

    private static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), RecountRules.Vietnam);
}
