using KpiActors.Api.Shared;
using KpiActors.Domain;
using static KpiActors.Domain.Wire.EDocCount;

namespace KpiActors.Api.Ingest;

/// <summary>E-document counts of POST /api/v1/edoc-counts: one agency, level, direction and month a row.</summary>
public static class EDocCountRows
{
    public static IReadOnlyList<EDocCountFact> Read(IReadOnlyList<IngestRow> rows, DateTimeOffset now, List<RowRefusal> errors)
    {
        var facts = new List<EDocCountFact>(rows.Count);
        var thisMonth = ReportingPeriod.Containing(VietnamTime.DateOf(now), PeriodKind.Month);
        foreach (var row in rows)
        {
            var read = new RowReader(row, errors);
            var province = read.Province(Fields.Province);
            var agency = read.Text(Fields.Agency, required: true);
            var level = read.Choice<AdministrativeLevel>(Fields.Level);
            var direction = read.Choice<Direction>(Fields.Direction);
            var periodText = read.Text(Fields.Period, required: true);
            var electronic = read.Count(Fields.Electronic);
            var total = read.Count(Fields.Total);
            ReportingPeriod month = default;
            if (periodText is not null && (!ReportingPeriod.TryParse(periodText, out month) || month.Kind != PeriodKind.Month))
            {
                read.Fail(Fields.Period, Refusal.NotAMonth(periodText));
            }

            if (read.Failed)
            {
                continue;
            }

            if (month.FirstDay > thisMonth.FirstDay)
            {
                read.Fail(Fields.Period, Refusal.MonthInTheFuture());
            }

            if (electronic > total)
            {
                read.Fail(Fields.Electronic, Refusal.MoreThanTotal());
            }

            if (level == AdministrativeLevel.District && !TwoTierReform.DistrictExistedOn(month.FirstDay))
            {
                read.Fail(Fields.Level, Refusal.DistrictPeriodAfterTheReform());
            }

            if (!read.Failed)
            {
                facts.Add(new EDocCountFact(province!.Code, agency!, level!.Value, direction!.Value, month, electronic!.Value, total!.Value));
            }
        }

        return facts;
    }
}
