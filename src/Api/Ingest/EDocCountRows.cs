using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>E-document counts of POST /api/v1/edoc-counts: one agency, level, direction and month a row.</summary>
public static class EDocCountRows
{
    public static IReadOnlyList<EDocCountFact> Read(IReadOnlyList<IngestRow> rows, DateTimeOffset now, List<RowError> errors)
    {
        var facts = new List<EDocCountFact>(rows.Count);
        var thisMonth = ReportingPeriod.Containing(VietnamTime.DateOf(now), PeriodKind.Month);
        foreach (var row in rows)
        {
            var read = new RowReader(row, errors);
            var province = read.Province("province");
            var agency = read.Text("agency", required: true);
            var level = read.Choice<AdministrativeLevel>("level");
            var direction = read.Choice<Direction>("direction");
            var periodText = read.Text("period", required: true);
            var electronic = read.Count("electronic");
            var total = read.Count("total");
            ReportingPeriod month = default;
            if (periodText is not null && (!ReportingPeriod.TryParse(periodText, out month) || month.Kind != PeriodKind.Month))
            {
                read.Fail("period", $"'{periodText}' is not a month from {DateWindow.FirstYear} to {DateWindow.LastYear}: counts are reported per month, e.g. 2026-11");
            }

            if (read.Failed)
            {
                continue;
            }

            if (month.FirstDay > thisMonth.FirstDay)
            {
                read.Fail("period", "is in the future");
            }

            if (electronic > total)
            {
                read.Fail("electronic", "is greater than total");
            }

            if (level == AdministrativeLevel.District && !TwoTierReform.DistrictExistedOn(month.FirstDay))
            {
                read.Fail("level", $"district exists only for periods before {TwoTierReform.EffectiveFrom:yyyy-MM}");
            }

            if (!read.Failed)
            {
                facts.Add(new EDocCountFact(province!.Code, agency!, level!.Value, direction!.Value, month, electronic!.Value, total!.Value));
            }
        }

        return facts;
    }
}
