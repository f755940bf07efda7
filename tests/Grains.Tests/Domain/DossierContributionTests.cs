using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;
using static KpiActors.Domain.Indicators;
using static KpiActors.Grains.Tests.Support.DeltaText;

namespace KpiActors.Grains.Tests.Domain;

/// <summary>What a dossier's versions move between an indicator's buckets: the delta is next minus previous.</summary>
public sealed class DossierContributionTests
{
    private const string P = "31";

    private static readonly DossierFact Received = Dossiers.Received(P, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17));

    [Fact]
    public void ADuplicateYieldsNoDelta()
    {
        var resolved = Received.ResolvedAt(Vn.At(2026, 11, 10));

        Assert.Empty(Contributions.Between(resolved, resolved with { }));
        Assert.Empty(Contributions.Between(Received, Received with { }));
    }

    [Fact]
    public void ANewDossierInProgressIsReceivedInItsMonthAndOpenOnItsDueDay() =>
        AssertDeltas(
            Contributions.Between(null, Received.InProgress()),
            Format(P, OnlineDossierId, 202611, 1, 0, 1, 0),
            Format(P, OnTimeId, 202611, 1),
            Format(P, OnTimeId, 20261116, 1));

    [Fact]
    public void ResolvingLateMovesTheDossierFromItsDueDayIntoTheLateCountOfTheResolutionMonth() =>
        // Received and its channel do not change, so they are not in the delta at all.
        AssertDeltas(
            Contributions.Between(Received.InProgress(), Received.ResolvedAt(Vn.At(2026, 12, 2, 10))),
            Format(P, OnTimeId, 20261116, -1),
            Format(P, OnTimeId, 202612, 0, 0, 0, 1));

    [Fact]
    public void ACorrectedResolutionDateMovesTheDossierFromOneMonthToTheOther() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 28)), Received.ResolvedAt(Vn.At(2026, 12, 2))),
            Format(P, OnTimeId, 202611, 0, 0, 0, -1),
            Format(P, OnTimeId, 202612, 0, 0, 0, 1));

    [Fact]
    public void ACorrectedResolutionTimeOnTheDueDayTurnsLateIntoOnTime() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 16, 18)), Received.ResolvedAt(Vn.At(2026, 11, 16, 11))),
            Format(P, OnTimeId, 202611, 0, 0, 1, -1));

    [Fact]
    public void AResolutionJustAfterVietnameseMidnightIsCountedInTheVietnameseMonth()
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
    public void ADossierReceivedJustAfterVietnameseMidnightIsReceivedInTheVietnameseMonth() =>
        AssertDeltas(
            Contributions.Of(Dossiers.Received(P, "HS-3", new DateTimeOffset(2026, 10, 31, 17, 30, 0, TimeSpan.Zero), Vn.At(2026, 11, 6, 17))),
            Format(P, OnlineDossierId, 202611, 1, 0, 1, 0),
            Format(P, OnTimeId, 202611, 1),
            Format(P, OnTimeId, 20261106, 1));

    [Theory]
    [InlineData(DossierStatus.Returned, OnTimeSlot.Returned)]
    [InlineData(DossierStatus.Withdrawn, OnTimeSlot.Cancelled)]
    [InlineData(DossierStatus.Refused, OnTimeSlot.Cancelled)]
    public void AnEndedDossierLeavesItsDueDayForItsSlotInTheMonthItEnded(DossierStatus status, int slot)
    {
        var values = new long[Counters.Width];
        values[slot] = 1;

        AssertDeltas(
            Contributions.Between(Received.InProgress(), Received with { Status = status, ResolvedAt = Vn.At(2026, 12, 3) }),
            Format(P, OnTimeId, 20261116, -1),
            Format(P, OnTimeId, 202612, values));
    }

    [Fact]
    public void ADossierBackInProgressAfterBeingReturnedIsOpenAgain() =>
        AssertDeltas(
            Contributions.Between(Received.ReturnedAt(Vn.At(2026, 11, 5)), Received.InProgress()),
            Format(P, OnTimeId, 20261116, 1),
            Format(P, OnTimeId, 202611, 0, 0, 0, 0, -1));

    [Fact]
    public void RemovingADossierTakesBackEverythingItContributed() =>
        AssertDeltas(
            Contributions.Between(Received.ResolvedAt(Vn.At(2026, 11, 10)), null),
            Format(P, OnlineDossierId, 202611, -1, 0, -1, 0),
            Format(P, OnTimeId, 202611, -1, -1));
}
