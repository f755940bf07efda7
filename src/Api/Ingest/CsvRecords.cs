using System.Text;
using KpiActors.Api.Shared;

namespace KpiActors.Api.Ingest;

/// <summary>
/// RFC 4180 records: fields optionally in double quotes with "" for a quote, CRLF or LF. The separator is a comma, or
/// a semicolon when the header line has more of those (Excel's CSV under Vietnamese regional settings), or what an
/// Excel "sep=" first line names. Each record keeps the line it starts on, which is its row in the spreadsheet.
/// </summary>
public static class CsvRecords
{
    private const string SeparatorLine = "sep=";

    public static List<SheetRecord> Parse(string text, out Refusal? error)
    {
        error = null;
        var start = 0;
        var line = 1;
        char separator;
        if (text.StartsWith(SeparatorLine, StringComparison.OrdinalIgnoreCase) && text.Length > SeparatorLine.Length)
        {
            separator = text[SeparatorLine.Length];
            var end = text.IndexOf('\n');
            start = end < 0 ? text.Length : end + 1;
            line = 2;
        }
        else
        {
            separator = SeparatorOf(text);
        }

        var records = new List<SheetRecord>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        var recordLine = line;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
                any = true;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        record.Add(field.ToString());
                        records.Add(new SheetRecord(recordLine, record));
                    }

                    record = [];
                    field.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            error = Refusal.UnclosedQuote();
            return [];
        }

        if (any || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add(new SheetRecord(recordLine, record));
        }

        return records;
    }

    /// <summary>The separator the first line uses most, outside quotes: a comma unless semicolons outnumber commas.</summary>
    private static char SeparatorOf(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
