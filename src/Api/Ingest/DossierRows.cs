using KpiActors.Api.Shared;
using KpiActors.Domain;
using static KpiActors.Domain.Wire.DossierEvent;

namespace KpiActors.Api.Ingest;

/// <summary>Dossier events of POST /api/v1/dossiers, checked row by row.</summary>
public static class DossierRows
{
    /// <summary>Clocks of one-stop software drift a little; an event this far ahead of ours is still accepted.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<DossierFact> Read(IReadOnlyList<IngestRow> rows, DateTimeOffset now, List<RowRefusal> errors)
    {
        var facts = new List<DossierFact>(rows.Count);
        foreach (var row in rows)
        {
            var read = new RowReader(row, errors);
            var province = read.Province(Fields.Province);
            var dossierId = read.Text(Fields.DossierId, required: true, maxLength: FreeText.IdLength);
            var level = read.Choice<AdministrativeLevel>(Fields.Level);
            var channel = read.Choice<Channel>(Fields.Channel);
            var procedureCode = read.Text(Fields.ProcedureCode, required: false, maxLength: FreeText.IdLength);
            var receivedAt = read.Instant(Fields.ReceivedAt, required: true);
            var dueAt = read.Instant(Fields.DueAt, required: true, dateMeansEndOfDay: true);
            var resolvedAt = read.Instant(Fields.ResolvedAt, required: false);
            var status = read.Choice<DossierStatus>(Fields.Status);
            if (read.Failed)
            {
                continue;
            }

            if (receivedAt > now + ClockSkew)
            {
                read.Fail(Fields.ReceivedAt, Refusal.InTheFuture());
            }

            if (dueAt < receivedAt)
            {
                read.Fail(Fields.DueAt, Refusal.BeforeReceived());
            }

            if (level == AdministrativeLevel.District && !TwoTierReform.DistrictExistedOn(VietnamTime.DateOf(receivedAt!.Value)))
            {
                read.Fail(Fields.Level, Refusal.DistrictAfterTheReform());
            }

            switch (status)
            {
                case DossierStatus.Resolved when resolvedAt is null:
                    read.Fail(Fields.ResolvedAt, Refusal.RequiredOnceResolved());
                    break;
                case DossierStatus.Received or DossierStatus.InProgress when resolvedAt is not null:
                    read.Fail(Fields.ResolvedAt, Refusal.ResolvedWhileOpen(EnumText<DossierStatus>.Of(status.Value)));
                    break;
            }

            if (resolvedAt < receivedAt)
            {
                read.Fail(Fields.ResolvedAt, Refusal.BeforeReceived());
            }

            if (resolvedAt > now + ClockSkew)
            {
                read.Fail(Fields.ResolvedAt, Refusal.InTheFuture());
            }

            if (!read.Failed)
            {
                facts.Add(new DossierFact(province!.Code, dossierId!, level!.Value, channel!.Value, procedureCode,
                    receivedAt!.Value, dueAt!.Value, resolvedAt, status!.Value));
            }
        }

        return facts;
    }
}
