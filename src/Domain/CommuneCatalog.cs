using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KpiActors.Domain;

/// <summary>
/// The 3,321 communes in force, found within their province by official code, or by name with or without accents and
/// with or without "Xã", "Phường" or "Đặc khu": "Phường Bến Thành", "ben thanh" and "26743" are one commune. A name is
/// read as written first, accents and all ("Xã Văn Lang" and "Xã Văn Lăng" are two communes of Thái Nguyên), then
/// without them; a name two communes of the province share names neither.
/// </summary>
public sealed class CommuneCatalog
{
    private static readonly (string Prefix, CommuneKind Kind)[] Kinds = [("Đặc khu ", CommuneKind.DacKhu), ("Phường ", CommuneKind.Phuong), ("Xã ", CommuneKind.Xa)];

    private readonly FrozenDictionary<string, Commune> _byCode;
    private readonly FrozenDictionary<(string Province, string Name), Commune[]> _byName;
    private readonly FrozenDictionary<(string Province, string Name), Commune[]> _byFoldedName;

    private CommuneCatalog(IReadOnlyList<Commune> communes)
    {
        All = communes;
        _byCode = communes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        ByProvince = communes.GroupBy(c => c.Province).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Commune>)g.ToList(), StringComparer.Ordinal);
        _byName = Index(communes, Written);
        _byFoldedName = Index(communes, FoldedText.Of);
    }

    private static FrozenDictionary<(string Province, string Name), Commune[]> Index(IEnumerable<Commune> communes, Func<string, string> key) => communes
        .SelectMany(c => new[] { key(c.Name), key(Bare(c.Name)) }.Distinct().Select(name => (Key: (c.Province, name), Commune: c)))
        .GroupBy(n => n.Key)
        .ToFrozenDictionary(g => g.Key, g => g.Select(n => n.Commune).Distinct().ToArray());

    /// <summary>A name as written, but for case, composition and the spacing around and between its words.</summary>
    private static string Written(string name) => string.Join(' ', name.Normalize().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static CommuneCatalog Vietnam { get; } = Load();

    public IReadOnlyList<Commune> All { get; }

    /// <summary>Each province's communes, in the order of their codes.</summary>
    public FrozenDictionary<string, IReadOnlyList<Commune>> ByProvince { get; }

    public IReadOnlyList<Commune> Of(string province) => ByProvince.GetValueOrDefault(province) ?? [];

    public bool TryGet(string code, [NotNullWhen(true)] out Commune? commune) => _byCode.TryGetValue(code, out commune);

    /// <summary>
    /// The commune that <paramref name="text"/> names in <paramref name="province"/>: its code (leading zeros may be left
    /// out), or its name. What it found otherwise: none, or the communes a shared name names.
    /// </summary>
    public CommuneMatch Find(string province, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is > 0 and <= 5 && trimmed.All(char.IsAsciiDigit))
        {
            return _byCode.TryGetValue(trimmed.PadLeft(5, '0'), out var byCode)
                ? byCode.Province == province ? new CommuneMatch(byCode, []) : new CommuneMatch(null, [byCode])
                : new CommuneMatch(null, []);
        }

        if (_byName.TryGetValue((province, Written(trimmed)), out var written) && written.Length == 1)
        {
            return new CommuneMatch(written[0], []);
        }

        return _byFoldedName.TryGetValue((province, FoldedText.Of(trimmed)), out var named)
            ? named.Length == 1 ? new CommuneMatch(named[0], []) : new CommuneMatch(null, named)
            : new CommuneMatch(null, []);
    }

    /// <summary>The name without its "Xã", "Phường" or "Đặc khu".</summary>
    public static string Bare(string name) =>
        Kinds.Where(k => name.StartsWith(k.Prefix, StringComparison.Ordinal)).Select(k => name[k.Prefix.Length..]).FirstOrDefault() ?? name;

    private static CommuneCatalog Load()
    {
        using var stream = typeof(CommuneCatalog).Assembly.GetManifestResourceStream("communes.json")
                           ?? throw new InvalidDataException("communes.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var communes = document.RootElement.GetProperty("communes").EnumerateArray().Select(c =>
        {
            var name = c.GetProperty("name").GetString()!;
            var kind = Kinds.First(k => name.StartsWith(k.Prefix, StringComparison.Ordinal)).Kind;
            return new Commune(c.GetProperty("code").GetString()!, name, kind, c.GetProperty("province").GetString()!);
        }).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        return new CommuneCatalog(communes);
    }
}

/// <summary>
/// What a commune's code or name found in a province: the commune, or else what the text named instead, so that a
/// refusal can say so: another province's commune (a code), several communes (a shared name), or nothing.
/// </summary>
public sealed record CommuneMatch(Commune? Commune, IReadOnlyList<Commune> Instead);
