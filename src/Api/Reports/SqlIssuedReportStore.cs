using KpiActors.Domain;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Reports;

/// <summary>
/// Reports as they were issued: their files exactly as written then, and the fingerprint of their figures, so that
/// a later correction to the facts shows as a difference and never changes what was issued.
/// </summary>
public sealed class SqlIssuedReportStore(Database database)
{
    private const string Columns = "id, scope, period, cutoff, issued_at, fingerprint";

    /// <summary>The scopes (province codes, "national") already issued for the window.</summary>
    public async Task<IReadOnlySet<string>> IssuedScopesAsync(ReportWindow window, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT scope FROM issued_reports WHERE period = @period AND cutoff = @cutoff";
        command.AddParameter("period", window.Period.ToString());
        command.AddParameter("cutoff", EnumText<CutOff>.Of(window.CutOff));
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            scopes.Add(reader.GetString(0));
        }

        return scopes;
    }

    /// <summary>Keeps the report unless one was issued for the same scope and window already (by this node or another): the first stands.</summary>
    public async Task<bool> TryIssueAsync(string scope, ReportWindow window, DateTimeOffset at, ReportFiles files, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO issued_reports (scope, period, cutoff, issued_at, fingerprint, html, docx, xlsx)
            VALUES (@scope, @period, @cutoff, @at, @fingerprint, @html, @docx, @xlsx)
            ON CONFLICT (scope, period, cutoff) DO NOTHING
            """;
        command.AddParameter("scope", scope);
        command.AddParameter("period", window.Period.ToString());
        command.AddParameter("cutoff", EnumText<CutOff>.Of(window.CutOff));
        command.AddParameter("at", at);
        command.AddParameter("fingerprint", files.Fingerprint);
        command.AddParameter("html", files.Html);
        command.AddParameter("docx", files.Docx);
        command.AddParameter("xlsx", files.Xlsx);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Oldest first; null filters match everything.</summary>
    public async Task<IReadOnlyList<IssuedReport>> ListAsync(string? scope, ReportingPeriod? period, CutOff? cutOff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var filters = new List<string>();
        foreach (var (column, value) in new[] { ("scope", scope), ("period", period?.ToString()), ("cutoff", cutOff is { } c ? EnumText<CutOff>.Of(c) : null) })
        {
            if (value is not null)
            {
                filters.Add($"{column} = @{column}");
                command.AddParameter(column, value);
            }
        }

        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        command.CommandText = $"SELECT {Columns} FROM issued_reports {where} ORDER BY id";
        var reports = new List<IssuedReport>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(Read(reader));
        }

        return reports;
    }

    /// <summary>The file of an issued report as it was written; null when there is no such report.</summary>
    public async Task<(IssuedReport Report, byte[] Content)?> FileAsync(long id, ReportFormat format, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var column = format switch { ReportFormat.Docx => "docx", ReportFormat.Xlsx => "xlsx", _ => "html" };
        command.CommandText = $"SELECT {Columns}, {column} FROM issued_reports WHERE id = @id";
        command.AddParameter("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var report = Read(reader);
        var content = format == ReportFormat.Html ? System.Text.Encoding.UTF8.GetBytes(reader.GetString(6)) : reader.GetFieldValue<byte[]>(6);
        return (report, content);
    }

    private static IssuedReport Read(System.Data.Common.DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1),
        ReportWindow.Of(ReportingPeriod.Parse(reader.GetString(2)), EnumText<CutOff>.Parse(reader.GetString(3))),
        reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5));
}

public sealed record IssuedReport(long Id, string Scope, ReportWindow Window, DateTimeOffset IssuedAt, string Fingerprint);
