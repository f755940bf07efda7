using KpiActors.Domain;
using KpiActors.Grains.Tests.Support;

namespace KpiActors.Grains.Tests.Domain;

/// <summary>Which version of a dossier stands when its events arrive out of order: it never goes back a stage.</summary>
public sealed class FactVersionsTests
{
    private static readonly DossierFact Received = Dossiers.Received("31", "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 16, 17));
    private static readonly DossierFact Resolved = Received.ResolvedAt(Vn.At(2026, 11, 10));

    [Fact]
    public void TheFirstVersionAlwaysStands() => Assert.True(FactVersions.Supersedes(Received, null));

    [Fact]
    public void ALateArrivingReceivedDoesNotUndoAResolution() => Assert.False(FactVersions.Supersedes(Received, Resolved));

    [Fact]
    public void ALateArrivingInProgressDoesNotUndoAResolution() => Assert.False(FactVersions.Supersedes(Received.InProgress(), Resolved));

    [Fact]
    public void ALateArrivingReceivedDoesNotUndoInProgress() => Assert.False(FactVersions.Supersedes(Received, Received.InProgress()));

    [Fact]
    public void ADossierBackInProgressAfterBeingReturnedStands() =>
        Assert.True(FactVersions.Supersedes(Received.InProgress(), Received.ReturnedAt(Vn.At(2026, 11, 5))));

    [Fact]
    public void AReturnAfterInProgressStands() =>
        Assert.True(FactVersions.Supersedes(Received.ReturnedAt(Vn.At(2026, 11, 5)), Received.InProgress()));

    [Fact]
    public void ACorrectedResolutionStands() => Assert.True(FactVersions.Supersedes(Received.ResolvedAt(Vn.At(2026, 11, 12)), Resolved));

    [Fact]
    public void AnEndStandsOverAnotherEnd() => Assert.True(FactVersions.Supersedes(Received.WithdrawnAt(Vn.At(2026, 11, 12)), Resolved));

    [Fact]
    public void ProgressStands()
    {
        Assert.True(FactVersions.Supersedes(Received.InProgress(), Received));
        Assert.True(FactVersions.Supersedes(Resolved, Received.InProgress()));
        Assert.True(FactVersions.Supersedes(Resolved, Received));
    }

    [Fact]
    public void CountsAndProceduresAlwaysTakeTheLastVersion()
    {
        var count = new EDocCountFact("31", "UBND", AdministrativeLevel.Province, Direction.Incoming, ReportingPeriod.Month(2026, 11), 90, 100);
        var procedure = new ProcedureFact("31", "1.001", "Khai sinh", 4);

        Assert.True(FactVersions.Supersedes(count with { Electronic = 10 }, count));
        Assert.True(FactVersions.Supersedes(procedure with { OnlineLevel = 2 }, procedure));
    }
}
