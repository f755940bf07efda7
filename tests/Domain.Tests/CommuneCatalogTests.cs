namespace KpiActors.Domain.Tests;

/// <summary>The communes in force since 2025-07-01, as shared/data/communes.json lists them, and how a row names one.</summary>
public sealed class CommuneCatalogTests
{
    private static readonly CommuneCatalog Catalog = CommuneCatalog.Vietnam;

    [Fact]
    public void There_are_3321_communes_2621_xa_687_phuong_and_13_dac_khu_each_in_a_current_province()
    {
        Assert.Equal(3321, Catalog.All.Count);
        Assert.Equal((2621, 687, 13), (Catalog.All.Count(c => c.Kind == CommuneKind.Xa), Catalog.All.Count(c => c.Kind == CommuneKind.Phuong),
            Catalog.All.Count(c => c.Kind == CommuneKind.DacKhu)));
        Assert.Equal(3321, Catalog.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Catalog.All, c => Assert.True(ProvinceCatalog.Vietnam.TryFind(c.Province, out var p) && p.Code == c.Province, c.Code));
        Assert.Equal((126, 168), (Catalog.Of("01").Count, Catalog.Of("79").Count));
    }

    [Theory]
    [InlineData("26743")]
    [InlineData("Phường Bến Thành")]
    [InlineData("phường bến thành")]
    [InlineData("Bến Thành")]
    [InlineData("ben thanh")]
    [InlineData("Phuong Ben Thanh")]
    [InlineData("  bến   thành ")]
    public void A_commune_is_found_in_its_province_by_code_or_by_name_with_or_without_accents_and_kind(string text)
    {
        var match = Catalog.Find("79", text);

        Assert.Equal(("26743", "Phường Bến Thành", CommuneKind.Phuong), (match.Commune?.Code, match.Commune?.Name, match.Commune?.Kind));
    }

    [Fact]
    public void A_code_without_its_leading_zeros_is_the_same_commune()
    {
        Assert.Equal("00004", Catalog.Find("01", "4").Commune?.Code);
        Assert.Equal("Phường Ba Đình", Catalog.Find("01", "00004").Commune?.Name);
    }

    [Fact]
    public void A_name_written_with_its_accents_tells_apart_two_communes_that_fold_alike_and_without_them_names_neither()
    {
        Assert.Equal("02143", Catalog.Find("19", "Xã Văn Lang").Commune?.Code);
        Assert.Equal("05665", Catalog.Find("19", "Văn Lăng").Commune?.Code);

        var folded = Catalog.Find("19", "van lang");
        Assert.Null(folded.Commune);
        Assert.Equal(["02143", "05665"], folded.Instead.Select(c => c.Code).Order());
    }

    [Fact]
    public void Another_province_s_commune_or_an_unknown_one_is_not_found_in_this_one()
    {
        var elsewhere = Catalog.Find("01", "26743");
        Assert.Null(elsewhere.Commune);
        Assert.Equal(("26743", "79"), (elsewhere.Instead.Single().Code, elsewhere.Instead.Single().Province));

        Assert.Equal((null, 0), (Catalog.Find("79", "Phường Không Có").Commune, Catalog.Find("79", "Phường Không Có").Instead.Count));
        Assert.Null(Catalog.Find("79", "99999").Commune);
        Assert.Null(Catalog.Find("79", "Ba Đình").Commune);
    }
}
