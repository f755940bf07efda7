using KpiActors.Domain;

namespace KpiActors.Api.Reports;

/// <summary>
/// Issues the reports of every window that has closed: for each kind of period and each cut-off, the last closed
/// window's report of every province and of the country, unless issued already. Any node may run it at any
/// time; the store keeps the first report of each, so a report is issued once.
/// </summary>
public sealed class ReportIssuing(ReportSource source, Reports reports, SqlIssuedReportStore store)
{
    /// <returns>How many reports this call issued.</returns>
    public async Task<int> IssueClosedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var issued = 0;
        var today = VietnamTime.DateOf(now);
        foreach (var cutOff in Enum.GetValues<CutOff>())
        {
            foreach (var kind in Enum.GetValues<PeriodKind>())
            {
                var window = ReportWindow.LastClosed(kind, cutOff, now);
                var done = await store.IssuedScopesAsync(window, cancellationToken);
                var due = ProvinceCatalog.Vietnam.All.Where(p => !done.Contains(p.Code)).Select(p => (Province?)p).ToList();
                if (!done.Contains(ReportScope.National))
                {
                    due.Add(null);
                }

                if (due.Count == 0)
                {
                    continue;
                }

                var data = await source.ReadAsync(window, null, cancellationToken);
                foreach (var province in due)
                {
                    var files = ReportFiles.Of(reports.Write(data, province, today));
                    if (await store.TryIssueAsync(province?.Code ?? ReportScope.National, window, now, files, cancellationToken))
                    {
                        issued++;
                    }
                }
            }
        }

        return issued;
    }
}
