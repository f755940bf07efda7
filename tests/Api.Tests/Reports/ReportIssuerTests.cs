using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Reports;

/// <summary>The issuing body and document symbol are settings per province and for the national report.</summary>
public sealed class ReportIssuerTests(ConfiguredIssuerApp fixture) : IClassFixture<ConfiguredIssuerApp>
{
    [Fact]
    public async Task A_configured_issuing_body_and_symbol_head_the_report_and_the_others_keep_the_default()
    {
        using var client = fixture.App.Client();

        var own = ReportReader.Paragraphs(await client.GetByteArrayAsync("/api/v1/reports/79?period=2018-01&format=docx"));
        var national = ReportReader.Paragraphs(await client.GetByteArrayAsync("/api/v1/reports/national?period=2018-01&format=docx"));
        var other = ReportReader.Paragraphs(await client.GetByteArrayAsync("/api/v1/reports/01?period=2018-01&format=docx"));

        Assert.Equal(["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HCM", "Số:      /BC-KHCN"], own.Take(3));
        Assert.StartsWith("Thành phố Hồ Chí Minh, ngày ", own.Single(p => p.Contains(", ngày ")));
        Assert.Equal(["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-BKHCN"], national.Take(2));
        Assert.Equal(["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-SKHCN"], other.Take(3));
    }
}

public sealed class ConfiguredIssuerApp() : AppFixture(StorageEngine.Sqlite, new Dictionary<string, string?>
{
    ["Reports:Issuers:79:ParentBody"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    ["Reports:Issuers:79:Body"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HCM",
    ["Reports:Issuers:79:Symbol"] = "BC-KHCN",
    ["Reports:Issuers:79:Place"] = "Thành phố Hồ Chí Minh",
});
