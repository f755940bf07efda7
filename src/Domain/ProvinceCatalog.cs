using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KpiActors.Domain;

/// <summary>
/// The 34 current provinces, found by current or legacy code, slug or name. Data sent under a legacy
/// unit lands on the current unit that contains it.
/// </summary>
public sealed class ProvinceCatalog
{
    private readonly FrozenDictionary<string, Province> _byName;

    private ProvinceCatalog(IReadOnlyList<Province> provinces)
    {
        All = provinces;
        var names = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var province in provinces)
        {
            foreach (var name in new[] { province.Code, province.Slug, province.Name }
                         .Concat(province.Predecessors.SelectMany(p => new[] { p.Code, p.Slug, p.Name })).Select(FoldedText.Of))
            {
                if (names.TryGetValue(name, out var other) && other != province)
                {
                    throw new InvalidDataException($"'{name}' names both {other.Name} and {province.Name}.");
                }

                names[name] = province;
            }
        }

        _byName = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ProvinceCatalog Vietnam { get; } = Load();

    public IReadOnlyList<Province> All { get; }

    /// <summary>Longer than any province's name, slug or code; a longer text names none.</summary>
    private const int MaxNameLength = 200;

    /// <summary>Finds the current province for a current or legacy code ("1" and "01" alike), slug or name.</summary>
    public bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Province? province)
    {
        province = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        // No province is named with a control character or invalid Unicode, and folding such a text would throw.
        var key = FreeText.Normalize(name.Trim(), MaxNameLength, out _);
        if (key is null)
        {
            return false;
        }

        if (key.Length == 1 && char.IsAsciiDigit(key[0]))
        {
            key = "0" + key;
        }

        return _byName.TryGetValue(FoldedText.Of(key), out province);
    }

    public Province Get(string name) =>
        TryFind(name, out var province) ? province : throw new KeyNotFoundException($"'{name}' is not a province.");

    private static ProvinceCatalog Load()
    {
        using var stream = typeof(ProvinceCatalog).Assembly.GetManifestResourceStream("provinces.json")
                           ?? throw new InvalidDataException("provinces.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var provinces = document.RootElement.GetProperty("current").EnumerateArray().Select(p => new Province(
            p.GetProperty("code").GetString()!,
            p.GetProperty("slug").GetString()!,
            p.GetProperty("name").GetString()!,
            p.GetProperty("kind").GetString()!,
            p.GetProperty("population").GetInt64(),
            p.GetProperty("approxLat").GetDouble(),
            p.GetProperty("approxLon").GetDouble(),
            p.GetProperty("predecessors").EnumerateArray()
                .Select(l => new LegacyProvince(l.GetProperty("code").GetString()!, l.GetProperty("slug").GetString()!, l.GetProperty("name").GetString()!))
                .ToList())).ToList();

        // Legacy units are also listed on their own with the code of the unit they became part of.
        var legacy = document.RootElement.GetProperty("legacy").EnumerateArray().ToList();
        foreach (var unit in legacy)
        {
            var current = provinces.Single(p => p.Code == unit.GetProperty("becameCode").GetString());
            if (current.Predecessors.All(p => p.Code != unit.GetProperty("code").GetString()))
            {
                throw new InvalidDataException($"Legacy unit {unit.GetProperty("name").GetString()} is not among the predecessors of {current.Name}.");
            }
        }

        return new ProvinceCatalog(provinces);
    }
}
