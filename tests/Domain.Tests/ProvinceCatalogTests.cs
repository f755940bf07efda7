using System.Text;
using System.Text.Json;
using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

public sealed class ProvinceCatalogTests
{
    /// <summary>The 63 legacy units of provinces.json, as (code, slug, name, code of the unit it became part of).</summary>
    public static TheoryData<string, string, string, string> LegacyUnits()
    {
        // The same file the catalogue embeds: the test checks the lookup, the file is the reference.
        using var stream = typeof(ProvinceCatalog).Assembly.GetManifestResourceStream("provinces.json")!;
        using var document = JsonDocument.Parse(stream);
        var data = new TheoryData<string, string, string, string>();
        foreach (var unit in document.RootElement.GetProperty("legacy").EnumerateArray())
        {
            data.Add(unit.GetProperty("code").GetString()!, unit.GetProperty("slug").GetString()!, unit.GetProperty("name").GetString()!,
                unit.GetProperty("becameCode").GetString()!);
        }

        return data;
    }

    [Fact]
    public void There_are_exactly_34_current_units_with_distinct_codes_and_slugs()
    {
        var all = ProvinceCatalog.Vietnam.All;

        Assert.Equal(34, all.Count);
        Assert.Equal(34, all.Select(p => p.Code).Distinct().Count());
        Assert.Equal(34, all.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(63, all.Sum(p => p.Predecessors.Count));
        Assert.Equal(63, LegacyUnits().Count());
    }

    [Theory]
    [MemberData(nameof(LegacyUnits))]
    public void Every_legacy_unit_resolves_to_the_current_unit_that_contains_it(string code, string slug, string name, string becameCode)
    {
        foreach (var key in new[] { code, slug, name })
        {
            Assert.True(ProvinceCatalog.Vietnam.TryFind(key, out var province), key);
            Assert.Equal(becameCode, province.Code);
        }
    }

    [Theory]
    [InlineData("Hồ Chí Minh", "79")]
    [InlineData("Ho Chi Minh", "79")]
    [InlineData("HO CHI MINH", "79")]
    [InlineData("ho-chi-minh", "79")]
    [InlineData("ho_chi_minh", "79")]
    [InlineData("Thừa Thiên Huế", "46")]
    [InlineData("Thua Thien Hue", "46")]
    [InlineData("Huế", "46")]
    [InlineData("hue", "46")]
    [InlineData("Đắk Lắk", "66")]
    [InlineData("Dak Lak", "66")]
    [InlineData("Bà Rịa - Vũng Tàu", "79")]
    [InlineData("Ba Ria - Vung Tau", "79")]
    [InlineData("Bà Rịa Vũng Tàu", "79")]
    [InlineData("ba-ria-vung-tau", "79")]
    [InlineData("Thanh Hoá", "38")]
    [InlineData("Khánh Hoà", "56")]
    [InlineData("Hoà Bình", "25")]
    [InlineData("  Bắc Giang  ", "24")]
    [InlineData("1", "01")]
    [InlineData("2", "08")]
    [InlineData("01", "01")]
    public void Names_and_slugs_resolve_with_or_without_diacritics(string name, string code)
    {
        Assert.True(ProvinceCatalog.Vietnam.TryFind(name, out var province));
        Assert.Equal(code, province.Code);
    }

    [Fact]
    public void Decomposed_unicode_resolves_like_composed()
    {
        // Some software sends Vietnamese in NFD: base letters followed by combining marks.
        Assert.True(ProvinceCatalog.Vietnam.TryFind("Hà Nội".Normalize(NormalizationForm.FormD), out var province));
        Assert.Equal("01", province.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("00")]
    [InlineData("3")]
    [InlineData("03")]
    [InlineData("99")]
    [InlineData("001")]
    [InlineData("Sài Gòn")]
    [InlineData("Hà Tây")]
    [InlineData("Hanoi City")]
    public void Unknown_names_are_not_found(string? name)
    {
        Assert.False(ProvinceCatalog.Vietnam.TryFind(name, out var province));
        Assert.Null(province);
    }
}
