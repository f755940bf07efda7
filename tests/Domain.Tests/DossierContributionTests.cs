using KpiActors.Domain;
using KpiActors.TestSupport;
using static KpiActors.Domain.Indicators;
using static KpiActors.Domain.Tests.DeltaText;

namespace KpiActors.Domain.Tests;

/// <summary>What a dossier's versions move between an indicator's buckets: the delta is next minus previous.</summary>
public sealed class DossierContributionTests
{
    private const string P = "31";

    private static readonly DossierFact Received = Dossiers.Received(P, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17));

    [Fact]
    public void A_duplicate_yields_no_delta()
    {
        var resolved = Received.ResolvedAt(Vn.At(2026, 11, 10));

        Assert.Empty(Contributions.Between(resolved, resolved with { }));
        Assert.Empty(Contributions.Between(Received, Received with { }));
    }

    [Fact]
    public void A_new_dossier_in_progress_is_received_in_its_month_and_open_on_its_due_day() =>
        AssertDeltas(
            Contributions.Between(null, Received.InProgress()),
            Format(P, OnlineDossierId, 202611, 1, 0, 1, 0),
            Format(P, OnTimeId, 202611, 1),
            Format(P, OnTimeId, 20261116, 1));

    [Fact]
    public void Resolving_late_moves_the_dossier_from_its_due_day_into_the_late_count_of_the_resolution_month() =>
        // Received and its channel do not change, so they are not in the delta at all.
        AssertDeltas(
            Contributions.Between(Received.InProgress(), Received.ResolvedAt(Vn.At(2026, 12, 2, 10))),
            Format(P, OnTimeId, 20261116, -1),
            Format(P, OnTimeId, 202612, 0, 0, 0, 1));

    [Fact]
    public void A_corrected_resolution_date_moves_the_dossier_from_one_month_to_the_other() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 28)), Received.ResolvedAt(Vn.At(2026, 12, 2))),
            Format(P, OnTimeId, 202611, 0, 0, 0, -1),
            Format(P, OnTimeId, 202612, 0, 0, 0, 1));

    [Fact]
    public void A_corrected_resolution_time_on_the_due_day_turns_late_into_on_time() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 16, 18)), Received.ResolvedAt(Vn.At(2026, 11, 16, 11))),
            Format(P, OnTimeId, 202611, 0, 0, 1, -1));

    [Fact]
    public void A_resolution_just_after_midnight_in_Vietnam_is_counted_in_Vietnam_s_month()
    {
        // 18:00 UTC on 30 November is 01:00 on 1 December in Vietnam: December, and on the due day.
        var dossier = Dossiers.Received(P, "HS-2", Vn.At(2026, 11, 20), Vn.At(2026, 12, 1, 17))
            .ResolvedAt(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));

        AssertDeltas(
            Contributions.Of(dossier),
            Format(P, OnlineDossierId, 202611, 1, 0, 1, 0),
            Format(P, OnTimeId, 202611, 1),
            Format(P, OnTimeId, 202612, 0, 0, 1));
    }

    [Fact]
    public void A_dossier_received_just_after_midnight_in_Vietnam_is_received_in_Vietnam_s_month() =>
        AssertDeltas(
            Contributions.Of(Dossiers.Received(P, "HS-3", new DateTimeOffset(2026, 10, 31, 17, 30, 0, TimeSpan.Zero), Vn.At(2026, 11, 6, 17))),
            Format(P, OnlineDossierId, 202611, 1, 0, 1, 0),
            Format(P, OnTimeId, 202611, 1),
            Format(P, OnTimeId, 20261106, 1));

    [Theory]
    [InlineData(DossierStatus.Returned, OnTimeSlot.Returned)]
    [InlineData(DossierStatus.Withdrawn, OnTimeSlot.Cancelled)]
    [InlineData(DossierStatus.Refused, OnTimeSlot.Cancelled)]
    public void An_ended_dossier_leaves_its_due_day_for_its_slot_in_the_month_it_ended(DossierStatus status, int slot)
    {
        var values = new long[Counters.Width];
        values[slot] = 1;

        AssertDeltas(
            Contributions.Between(Received.InProgress(), Received with { Status = status, ResolvedAt = Vn.At(2026, 12, 3) }),
            Format(P, OnTimeId, 20261116, -1),
            Format(P, OnTimeId, 202612, values));
    }

    [Fact]
    public void A_dossier_back_in_progress_after_being_returned_is_open_again() =>
        AssertDeltas(
            Contributions.Between(Received.ReturnedAt(Vn.At(2026, 11, 5)), Received.InProgress()),
            Format(P, OnTimeId, 20261116, 1),
            Format(P, OnTimeId, 202611, 0, 0, 0, 0, -1));

    [Fact]
    public void Removing_a_dossier_takes_back_everything_it_contributed() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 10)), null),
            Format(P, OnlineDossierId, 202611, -1, 0, -1, 0),
            Format(P, OnTimeId, 202611, -1, -1));
}
