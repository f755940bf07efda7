using KpiActors.Domain;
using KpiActors.TestSupport;

namespace KpiActors.Domain.Tests;

/// <summary>Which version of a dossier stands when its events arrive out of order: it never goes back a stage.</summary>
public sealed class FactVersionsTests
{
    private static readonly DossierFact Received = Dossiers.Received("31", "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17));
    private static readonly DossierFact Resolved = Received.ResolvedAt(Vn.At(2026, 11, 10));

    [Fact]
    public void The_first_version_always_stands() => Assert.True(FactVersions.Supersedes(Received, null));

    [Fact]
    public void A_late_arriving_received_does_not_undo_a_resolution() => Assert.False(FactVersions.Supersedes(Received, Resolved));

    [Fact]
    public void A_late_arriving_in_progress_does_not_undo_a_resolution() => Assert.False(FactVersions.Supersedes(Received.InProgress(), Resolved));

    [Fact]
    public void A_late_arriving_received_does_not_undo_in_progress() => Assert.False(FactVersions.Supersedes(Received, Received.InProgress()));

    [Fact]
    public void A_dossier_back_in_progress_after_being_returned_stands() =>
        Assert.True(FactVersions.Supersedes(Received.InProgress(), Received.ReturnedAt(Vn.At(2026, 11, 5))));

    [Fact]
    public void A_return_after_in_progress_stands() =>
        Assert.True(FactVersions.Supersedes(Received.ReturnedAt(Vn.At(2026, 11, 5)), Received.InProgress()));

    [Fact]
    public void A_corrected_resolution_stands() => Assert.True(FactVersions.Supersedes(Received.ResolvedAt(Vn.At(2026, 11, 12)), Resolved));

    [Fact]
    public void An_end_stands_over_another_end() => Assert.True(FactVersions.Supersedes(Received.WithdrawnAt(Vn.At(2026, 11, 12)), Resolved));

    [Fact]
    public void Progress_stands()
    {
        Assert.True(FactVersions.Supersedes(Received.InProgress(), Received));
        Assert.True(FactVersions.Supersedes(Resolved, Received.InProgress()));
        Assert.True(FactVersions.Supersedes(Resolved, Received));
    }

    [Fact]
    public void Counts_and_procedures_always_take_the_last_version()
    {
        var count = new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Incoming, ReportingPeriod.Month(2026, 11), 90, 100);
        var procedure = new ProcedureFact("31", "1.001", "Khai sinh", 4);

        Assert.True(FactVersions.Supersedes(count with { Electronic = 10 }, count));
        Assert.True(FactVersions.Supersedes(procedure with { OnlineLevel = 2 }, procedure));
    }
}
