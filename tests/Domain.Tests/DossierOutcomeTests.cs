using KpiActors.Domain;
using KpiActors.TestSupport;

namespace KpiActors.Domain.Tests;

/// <summary>The outcome comes from the dates alone, judged on the Vietnamese calendar.</summary>
public sealed class DossierOutcomeTests
{
    private static readonly DateTimeOffset Due = Vn.At(2026, 12, 1, 17);

    public static TheoryData<DateTimeOffset, DossierOutcome> Cases => new()
    {
        { Vn.At(2026, 11, 30, 23, 59, 59), DossierOutcome.Early },
        { Vn.At(2026, 12, 1, 0, 0, 0), DossierOutcome.OnTime },
        { Vn.At(2026, 12, 1, 16, 59, 59), DossierOutcome.OnTime },
        { Due, DossierOutcome.OnTime },
        { Due.AddTicks(1), DossierOutcome.Late },
        { Vn.At(2026, 12, 2, 8), DossierOutcome.Late },
        // 30 November in UTC, yet 1 December in Vietnam: the due day, so on time, not early.
        { new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero), DossierOutcome.OnTime },
        // 23:59:59 on 30 November in Vietnam: the day before, so early.
        { new DateTimeOffset(2026, 11, 30, 16, 59, 59, TimeSpan.Zero), DossierOutcome.Early },
        // The same instant as the due time, written with another offset.
        { new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), DossierOutcome.OnTime },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_outcome_is_derived_from_the_resolution_and_due_dates(DateTimeOffset resolvedAt, DossierOutcome outcome) =>
        Assert.Equal(outcome, DossierOutcomes.Of(resolvedAt, Due));
}
