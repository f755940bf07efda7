using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiActors.Domain;
using KpiActors.Domain.Wire;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// A stream of dossier events like the one-stop offices send: mostly new dossiers, with 5% exact repeats
/// (retries) and 5% corrections (a resolution date fixed after the fact), each of a dossier sent earlier.
/// Seeded, so every run and every engine gets the same mix.
/// </summary>
public sealed class DossierWorkload
{
    public const double DuplicateShare = 0.05;
    public const double CorrectionShare = 0.05;

    // Absent fields stay off the wire, as one-stop systems send them.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private DossierWorkload(IReadOnlyList<DossierEvent> events, int duplicates, int corrections)
    {
        Events = events;
        Duplicates = duplicates;
        Corrections = corrections;
    }

    public IReadOnlyList<DossierEvent> Events { get; }

    public int Duplicates { get; }

    public int Corrections { get; }

    public static DossierWorkload Create(string runId, int count, int seed)
    {
        var random = new Random(seed);
        var provinces = ProvinceCatalog.Vietnam.All;
        // Whole seconds: what a one-stop system sends, and a repeat compares equal after storage on both engines.
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60).ToOffset(VietnamTime.Offset);
        var events = new List<DossierEvent>(count);
        var latest = new List<DossierEvent>();
        int duplicates = 0, corrections = 0;
        while (events.Count < count)
        {
            var roll = random.NextDouble();
            if (latest.Count > 0 && roll < DuplicateShare)
            {
                events.Add(latest[random.Next(latest.Count)]);
                duplicates++;
                continue;
            }

            if (latest.Count > 0 && roll < DuplicateShare + CorrectionShare)
            {
                var index = random.Next(latest.Count);
                if (latest[index] is { ResolvedAt: { } resolvedText } original)
                {
                    // Halfway between receipt and the first resolution date: a different instant, often another outcome or month.
                    var receivedAt = WireDossiers.Instant(original.ReceivedAt);
                    var halfway = receivedAt + TimeSpan.FromSeconds((long)(WireDossiers.Instant(resolvedText) - receivedAt).TotalSeconds / 2);
                    var corrected = original with { ResolvedAt = WireDossiers.Text(halfway) };
                    latest[index] = corrected;
                    events.Add(corrected);
                    corrections++;
                    continue;
                }
            }

            var received = now.AddSeconds(-random.Next(60 * 24 * 3600));
            var due = received.AddDays(3 + random.Next(13));
            DateTimeOffset? resolvedAt = received.AddSeconds((long)((due - received).TotalSeconds * (0.2 + random.NextDouble())));
            if (random.NextDouble() < 0.25 || resolvedAt > now)
            {
                resolvedAt = null;
            }

            var dossier = WireDossiers.Create(
                provinces[random.Next(provinces.Count)].Code,
                $"{runId}-{events.Count}",
                random.NextDouble() < 0.7 ? "commune" : "province",
                random.NextDouble() < 0.6 ? "online" : random.NextDouble() < 0.9 ? "in-person" : "postal",
                received, due, resolvedAt);
            latest.Add(dossier);
            events.Add(dossier);
        }

        return new DossierWorkload(events, duplicates, corrections);
    }

    /// <summary>Request bodies of <paramref name="batchSize"/> events, serialized before the clock starts.</summary>
    public IReadOnlyList<byte[]> Bodies(int batchSize, WireFormat format) =>
        Events.Chunk(batchSize).Select(batch => format == WireFormat.Json
                ? JsonSerializer.SerializeToUtf8Bytes(batch, JsonOptions)
                : Encoding.UTF8.GetBytes(string.Join('\n', batch.Select(e => JsonSerializer.Serialize(e, JsonOptions)))))
            .ToList();
}
