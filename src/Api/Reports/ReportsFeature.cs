using KpiActors.Silo;

namespace KpiActors.Api.Reports;

/// <summary>Reports in the provinces' own format: written on request from live figures, and issued once when a period closes.</summary>
public static class ReportsFeature
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Reports");
        builder.Services.AddSchemaPart(ReportsSchema.Part);
        builder.Services.Configure<ReportOptions>(section);
        builder.Services.AddSingleton<SqlReportFacts>();
        builder.Services.AddSingleton<ReportSource>();
        builder.Services.AddSingleton<Reports>();
        builder.Services.AddSingleton<SqlIssuedReportStore>();
        builder.Services.AddSingleton<ReportIssuing>();
        if (section.GetValue(nameof(ReportOptions.IssueClosedPeriods), true))
        {
            builder.Services.AddHostedService<ReportSchedule>();
        }

        return builder;
    }
}
