using KpiActors.Api.Shared;
using KpiActors.Domain;
using static KpiActors.Domain.Wire.ProcedureEntry;

namespace KpiActors.Api.Ingest;

/// <summary>Catalogue entries of /api/v1/provinces/{province}/procedures: code, name and online level 2, 3 or 4.</summary>
public static class ProcedureRows
{
    public static IReadOnlyList<ProcedureFact> Read(string province, IReadOnlyList<IngestRow> rows, List<RowRefusal> errors)
    {
        var facts = new List<ProcedureFact>(rows.Count);
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            var read = new RowReader(row, errors);
            var code = read.Text(Fields.Code, required: true, maxLength: FreeText.IdLength);
            var name = read.Text(Fields.Name, required: true, maxLength: FreeText.NameLength);
            var level = read.Count(Fields.OnlineLevel);
            if (level is not null and not (2 or 3 or 4))
            {
                read.Fail(Fields.OnlineLevel, Refusal.NotAnOnlineLevel(level.Value));
            }

            if (code is not null && !seen.Add(code))
            {
                read.Fail(Fields.Code, Refusal.TwiceInTheCatalogue(code));
            }

            if (!read.Failed)
            {
                facts.Add(new ProcedureFact(province, code!, name!, (int)level!.Value));
            }
        }

        return facts;
    }
}
