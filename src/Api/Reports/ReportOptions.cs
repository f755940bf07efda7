using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Reports;

/// <summary>The "Reports" settings: who signs, and whether and how often closed periods are issued.</summary>
public sealed class ReportOptions
{
    public static readonly DateOnly MergedOn = new(2025, 3, 1);

    /// <summary>
    /// Who signs a report: the body in charge and its document symbol, per province ("Reports:Issuers:01") or for the
    /// national report ("Reports:Issuers:national"). Without a setting, the department in charge on the report's date:
    /// the Sở Thông tin và Truyền thông until it merged into the Sở Khoa học và Công nghệ on 1 March 2025.
    /// </summary>
    public Dictionary<string, ReportIssuer> Issuers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this node issues the reports of periods that closed; every node may, one report is kept.</summary>
    public bool IssueClosedPeriods { get; init; } = true;

    /// <summary>How often closed periods are looked for; the first look is one interval after start, away from the start's own work.</summary>
    public TimeSpan IssueEvery { get; init; } = TimeSpan.FromMinutes(1);

    public ReportIssuer IssuerFor(Province? province, DateOnly on)
    {
        if (Issuers.TryGetValue(province?.Code ?? ReportScope.National, out var configured))
        {
            return configured;
        }

        var merged = on >= MergedOn;
        return province is null
            ? new ReportIssuer("", merged ? "BỘ KHOA HỌC VÀ CÔNG NGHỆ" : "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", merged ? "BC-BKHCN" : "BC-BTTTT", "Hà Nội")
            : new ReportIssuer(
                "ỦY BAN NHÂN DÂN " + VietnameseText.ProvinceName(province).ToUpperInvariant(),
                merged ? "SỞ KHOA HỌC VÀ CÔNG NGHỆ" : "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                merged ? "BC-SKHCN" : "BC-STTTT",
                province.Name);
    }
}

/// <param name="ParentBody">The body above the issuer (empty for a ministry).</param>
/// <param name="Symbol">The document symbol after the number: the number itself is given when the report is signed.</param>
/// <param name="Place">Where it is issued, for the place-and-date line.</param>
public sealed record ReportIssuer(string ParentBody, string Body, string Symbol, string Place)
{
    /// <summary>The ministry a province reports to, named as in its list of recipients.</summary>
    public static string MinistryOn(DateOnly on) => on >= ReportOptions.MergedOn ? "Bộ Khoa học và Công nghệ" : "Bộ Thông tin và Truyền thông";
}

/// <summary>What a report covers: one province by its code, or the whole country.</summary>
public static class ReportScope
{
    public const string National = "national";
}
