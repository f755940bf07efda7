namespace KpiActors.Domain;

/// <summary>The days, in Vietnam time, whose facts a report of a period counts under a cut-off.</summary>
public readonly record struct ReportWindow(ReportingPeriod Period, CutOff CutOff, DateOnly FirstDay, DateOnly LastDay)
{
    private const int Nd09CutOffDay = 14;

    public static ReportWindow Of(ReportingPeriod period, CutOff cutOff) => cutOff switch
    {
        CutOff.Nd09 => new(period, cutOff, period.FirstDay.AddMonths(-1).AddDays(Nd09CutOffDay), period.LastDay.AddDays(Nd09CutOffDay - period.LastDay.Day)),
        _ => new(period, cutOff, period.FirstDay, period.LastDay),
    };

    /// <summary>The instant the window closes: midnight in Vietnam after its last day.</summary>
    public DateTimeOffset ClosesAt => VietnamTime.StartOf(LastDay.AddDays(1));

    public DateTimeOffset OpensAt => VietnamTime.StartOf(FirstDay);

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public ReportWindow SamePeriodLastYear => Of(Period.SamePeriodLastYear, CutOff);

    /// <summary>Monthly counts (e-documents) belong to the window when their month ends inside it: under NĐ 09 a month is complete by its cut-off only then.</summary>
    public IEnumerable<ReportingPeriod> CompleteMonths
    {
        get
        {
            var window = this;
            var first = Period.FirstDay;
            return Enumerable.Range(0, Period.MonthCount + 1)
                .Select(i => ReportingPeriod.Containing(first.AddMonths(i - 1), PeriodKind.Month))
                .Where(m => window.Contains(m.LastDay));
        }
    }

    /// <summary>The last window of a kind closed at <paramref name="instant"/>.</summary>
    public static ReportWindow LastClosed(PeriodKind kind, CutOff cutOff, DateTimeOffset instant)
    {
        var today = VietnamTime.DateOf(instant);

        // Under NĐ 09 the days after the cut-off already count towards the next month.
        var reportedDay = cutOff == CutOff.Nd09 && today.Day > Nd09CutOffDay ? today.AddDays(1 - today.Day).AddMonths(1) : today;
        return Of(ReportingPeriod.Containing(reportedDay, kind).Previous, cutOff);
    }
}
