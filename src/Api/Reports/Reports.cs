using KpiActors.Domain;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Reports;

/// <summary>Writes the report of a province or of the whole country for a window, dated the day it is written.</summary>
public sealed class Reports(ReportSource source, IOptions<ReportOptions> options)
{
    /// <param name="province">Null for the national report.</param>
    public async Task<ReportDocument> WriteAsync(Province? province, ReportWindow window, DateOnly on, CancellationToken cancellationToken) =>
        Write(await source.ReadAsync(window, province?.Code, cancellationToken), province, on);

    /// <summary>The report of one scope from figures read once for many.</summary>
    public ReportDocument Write(ReportData data, Province? province, DateOnly on)
    {
        var issuer = options.Value.IssuerFor(province, on);
        return province is null ? ReportWriter.ForNation(data, issuer, on) : ReportWriter.ForProvince(data, province, issuer, on);
    }
}
