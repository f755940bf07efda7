using KpiActors.Domain;
using KpiActors.Domain.Wire;

namespace KpiActors.Simulator;

/// <summary>Realistic facts for the public API, in its own wire format.</summary>
public sealed class TrafficModel(IReadOnlyList<ProvinceProfile> profiles, Random random, string runId)
{
    private static readonly string[] Agencies =
        ["Văn phòng UBND", "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng"];

    private long _next;

    public IReadOnlyList<ProvinceProfile> Profiles => profiles;

    public ProvinceProfile PickProvince()
    {
        var roll = random.NextDouble();
        foreach (var profile in profiles)
        {
            roll -= profile.VolumeShare;
            if (roll <= 0)
            {
                return profile;
            }
        }

        return profiles[^1];
    }

    /// <summary>
    /// A dossier received at <paramref name="receivedAt"/>, due 3-15 days later, resolved early or on time with
    /// the province's current chance and late otherwise; still in progress if that lies after <paramref name="now"/>.
    /// </summary>
    public DossierEvent Dossier(ProvinceProfile profile, DateTimeOffset receivedAt, DateTimeOffset now, double onTimeChance)
    {
        var due = receivedAt.AddDays(3 + random.Next(13));
        var resolved = random.NextDouble() < onTimeChance
            ? receivedAt + (due - receivedAt) * (0.3 + random.NextDouble() * 0.7)
            : due.AddHours(1 + random.Next(24 * 5));
        return Wire(profile, receivedAt, due, resolved <= now ? resolved : null);
    }

    /// <summary>A dossier resolved in the last minute: on time with the province's current chance, else late.</summary>
    public DossierEvent ResolvedJustNow(ProvinceProfile profile, DateTimeOffset now, double onTimeChance)
    {
        var resolved = now.AddSeconds(-random.Next(60));
        var onTime = random.NextDouble() < onTimeChance;
        var due = onTime ? resolved.AddHours(1 + random.Next(24 * 4)) : resolved.AddHours(-1 - random.Next(24 * 4));
        var received = due.AddDays(-3 - random.Next(13));
        return Wire(profile, received < resolved ? received : resolved.AddDays(-1), due, resolved);
    }

    /// <summary>A dossier received in the last minute and still in progress.</summary>
    public DossierEvent ReceivedJustNow(ProvinceProfile profile, DateTimeOffset now)
    {
        var received = now.AddSeconds(-random.Next(60));
        return Wire(profile, received, received.AddDays(3 + random.Next(13)), null);
    }

    private DossierEvent Wire(ProvinceProfile profile, DateTimeOffset receivedAt, DateTimeOffset dueAt, DateTimeOffset? resolvedAt) => new(
        Province: profile.Province.Code,
        DossierId: $"{runId}-{Interlocked.Increment(ref _next)}",
        ReceivedAt: receivedAt.ToString("o"),
        DueAt: dueAt.ToString("o"),
        ResolvedAt: resolvedAt?.ToString("o"),
        Status: resolvedAt is null ? "in-progress" : "resolved",
        Channel: random.NextDouble() < profile.OnlineShare ? "online" : random.NextDouble() < 0.9 ? "in-person" : "postal",
        Level: random.NextDouble() < 0.3 ? "province" : "commune");

    public IEnumerable<ProcedureEntry> Catalogue(ProvinceProfile profile) =>
        Enumerable.Range(1, profile.Procedures).Select(i => new ProcedureEntry(
            $"{profile.Province.Code}.{i:D4}", $"Thủ tục hành chính số {i}",
            random.NextDouble() < profile.Level4Share ? 4 : random.NextDouble() < 0.6 ? 3 : 2));

    /// <summary>A procedure brought to full online service, as provinces do through the year.</summary>
    public ProcedureEntry Upgrade(ProvinceProfile profile) =>
        new($"{profile.Province.Code}.{1 + random.Next(profile.Procedures):D4}", "Thủ tục hành chính (nâng cấp toàn trình)", 4);

    public IEnumerable<EDocCount> EDocCounts(ProvinceProfile profile, ReportingPeriod month, double progress) =>
        Agencies.SelectMany(agency => new[] { "incoming", "outgoing" }.Select(direction =>
        {
            var total = (long)((200 + random.Next(400)) * progress);
            return new EDocCount(profile.Province.Code, agency, "province", direction, month.ToString(),
                (long)(total * (0.93 + random.NextDouble() * 0.069)), total);
        }));
}
