using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest;

/// <summary>
/// The province of dossiers whose sender does not name one (the portal's sync, an office's export): the office key's
/// own province when it covers exactly one, else an admin's mapping of the agency code, else of the longest prefix of
/// the dossier id that is mapped. A dossier none of these places is refused by name; a province is never guessed.
/// </summary>
public sealed class DossierProvinces(IReadOnlyList<ProvinceMapping> mappings)
{
    private readonly Dictionary<string, string> _agencies = mappings.Where(m => m.Kind == ProvinceMapping.Agency)
        .ToDictionary(m => m.Code, m => m.Province, StringComparer.OrdinalIgnoreCase);

    private readonly List<ProvinceMapping> _prefixes = mappings.Where(m => m.Kind == ProvinceMapping.Prefix)
        .OrderByDescending(m => m.Code.Length).ToList();

    /// <summary>For requests whose format always names the province: no mappings to read.</summary>
    public static DossierProvinces None { get; } = new([]);

    /// <summary>Dossier facts of rows in any format: what the format leaves implicit filled in, then checked as the API's own rows.</summary>
    public IReadOnlyList<DossierFact> Read(IReadOnlyList<IngestRow> rows, ClaimsPrincipal user, DateTimeOffset now, List<RowRefusal> errors) =>
        DossierRows.Read(Fill(rows.Select(DossierColumns.Complete).ToList(), user, errors), now, errors);

    /// <summary>
    /// The rows with their province filled in where their format has none; a row that cannot be placed is left out with
    /// an error naming it. The API's own rows always name their province.
    /// </summary>
    public IReadOnlyList<IngestRow> Fill(IReadOnlyList<IngestRow> rows, ClaimsPrincipal user, List<RowRefusal> errors)
    {
        var keyProvinces = user.IsInRole(KpiRoles.Office) ? user.FindAll(KpiClaims.Province).Select(c => c.Value).Distinct().ToList() : [];
        var placed = new List<IngestRow>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Origin == RowOrigin.Api || row.Has(Fields.Province))
            {
                placed.Add(row);
                continue;
            }

            var agency = row[DossierColumns.AgencyCode];
            var id = row[Fields.DossierId];
            var province =
                keyProvinces.Count == 1 ? keyProvinces[0]
                : agency is not null && _agencies.TryGetValue(agency, out var byAgency) ? byAgency
                : id is not null && _prefixes.FirstOrDefault(p => id.StartsWith(p.Code, StringComparison.OrdinalIgnoreCase)) is { } byPrefix ? byPrefix.Province
                : null;
            if (province is null)
            {
                errors.Add(new RowRefusal(row.Index, row.NameOf(Fields.Province), Refusal.NoProvinceFor(id, keyProvinces.Count > 1, agency), row.SheetRow));
                continue;
            }

            placed.Add(row.With(Fields.Province, province, row.NameOf(Fields.Province)));
        }

        return placed;
    }
}
