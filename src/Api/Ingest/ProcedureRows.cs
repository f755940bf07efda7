using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>Catalogue entries of /api/v1/provinces/{province}/procedures: code, name and online level 2, 3 or 4.</summary>
public static class ProcedureRows
{
    public static IReadOnlyList<ProcedureFact> Read(string province, IReadOnlyList<IngestRow> rows, List<RowError> errors)
    {
        var facts = new List<ProcedureFact>(rows.Count);
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            var read = new RowReader(row, errors);
            var code = read.Text("code", required: true, maxLength: FreeText.IdLength);
            var name = read.Text("name", required: true, maxLength: FreeText.NameLength);
            var level = read.Count("onlineLevel");
            if (level is not null and not (2 or 3 or 4))
            {
                read.Fail("onlineLevel", $"'{level}' is not 2 (not online), 3 (partly online) or 4 (full online)");
            }

            if (code is not null && !seen.Add(code))
            {
                read.Fail("code", $"'{code}' appears twice in the catalogue");
            }

            if (!read.Failed)
            {
                facts.Add(new ProcedureFact(province, code!, name!, (int)level!.Value));
            }
        }

        return facts;
    }
}
