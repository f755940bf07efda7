using KpiActors.Domain;
using KpiActors.TestSupport;
using static KpiActors.Domain.Indicators;
using static KpiActors.Domain.Tests.DeltaText;

namespace KpiActors.Domain.Tests;

/// <summary>The counters other than on-time: channels of received dossiers, e-document counts, catalogue levels.</summary>
public sealed class CountContributionTests
{
    private const string P = "79";

    [Theory]
    [InlineData(Channel.Online, new long[] { 1, 1, 0, 0 })]
    [InlineData(Channel.InPerson, new long[] { 1, 0, 1, 0 })]
    [InlineData(Channel.Postal, new long[] { 1, 0, 0, 1 })]
    public void AReceivedDossierCountsOnceAndOnceForItsChannel(Channel channel, long[] counters)
    {
        var dossier = Dossiers.Received(P, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17), channel);

        AssertDeltas(
            Contributions.Of(dossier).Where(d => d.Indicator == OnlineDossierId),
            Format(P, OnlineDossierId, 202611, counters));
    }

    [Fact]
    public void A_corrected_channel_moves_the_dossier_between_channels_only()
    {
        var inPerson = Dossiers.Received(P, "HS-1", Vn.At(2026, 11, 2), Vn.At(2026, 11, 9, 17));

        AssertDeltas(Contributions.Between(inPerson, inPerson with { Channel = Channel.Online }), Format(P, OnlineDossierId, 202611, 0, 1, -1, 0));
    }

    [Fact]
    public void An_e_document_count_contributes_its_electronic_and_total_to_its_month()
    {
        var count = new EDocCountFact(P, "Sở Nội vụ", AdministrativeLevel.Province, Direction.Incoming, ReportingPeriod.Month(2026, 11), 90, 100);

        AssertDeltas(Contributions.Of(count), Format(P, EDocId, 202611, 90, 100));
        AssertDeltas(Contributions.Between(count, count with { Electronic = 95 }), Format(P, EDocId, 202611, 5, 0));
        Assert.Empty(Contributions.Between(count, count with { }));
    }

    [Theory]
    [InlineData(2, new long[] { 1, 1, 0, 0 })]
    [InlineData(3, new long[] { 1, 0, 1, 0 })]
    [InlineData(4, new long[] { 1, 0, 0, 1 })]
    public void AProcedureCountsInTheCatalogueAndAtItsOnlineLevel(int level, long[] counters) =>
        AssertDeltas(Contributions.Of(new ProcedureFact(P, "1.001", "Khai sinh", level)), Format(P, OnlineL4Id, Bucket.Stock, counters));

    [Fact]
    public void A_procedure_raised_to_full_online_moves_from_level_three_to_four()
    {
        var procedure = new ProcedureFact(P, "1.001", "Khai sinh", 3);

        AssertDeltas(Contributions.Between(procedure, procedure with { OnlineLevel = 4 }), Format(P, OnlineL4Id, Bucket.Stock, 0, 0, -1, 1));
        AssertDeltas(Contributions.Between(procedure, null), Format(P, OnlineL4Id, Bucket.Stock, -1, 0, -1, 0));
        Assert.Empty(Contributions.Between(procedure, procedure with { Name = "Đăng ký khai sinh" }));
    }
}
