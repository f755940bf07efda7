using System.Data.Common;
using KpiActors.Domain;

namespace KpiActors.Silo.Facts;

/// <summary>The columns of a stored dossier, in the order every engine selects and reads them.</summary>
internal static class DossierColumns
{
    public const string List = "province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status";

    public static DossierFact Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        EnumText<AdministrativeLevel>.Parse(reader.GetString(2)),
        EnumText<Channel>.Parse(reader.GetString(3)),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        EnumText<DossierStatus>.Parse(reader.GetString(8)));
}
