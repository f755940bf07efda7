using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiActors.Api.Tests.Ingest.Golden;

/// <summary>
/// The 37 September dossiers of <see cref="Samples.SeptemberBatch"/> (province left out, ids with prefix "S") as one-stop
/// systems write them: the portal's sync (a bare array and its envelope), Excel's CSV under Vietnamese settings (BOM,
/// semicolons, day-first dates, Vietnamese words), a comma CSV with headers spelt without accents, and an xlsx with
/// real date cells. The text files are committed as they are; the workbook is built here from the semicolon file.
/// </summary>
public static class GoldenFiles
{
    public const string PortalArray = "september-portal-array.json";
    public const string PortalEnvelope = "september-portal-envelope.json";
    public const string SemicolonCsv = "september-vi-semicolon.csv";
    public const string CommaCsv = "september-comma.csv";
    public const string Xlsx = "september-vi.xlsx";

    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name), Encoding.UTF8);

    /// <summary>The file as a request body, bytes as committed (a BOM stays a BOM).</summary>
    public static HttpContent Body(string name)
    {
        if (name == Xlsx)
        {
            return Workbook(SemicolonRows());
        }

        var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Golden", name)));
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json");
        return content;
    }

    /// <summary>The semicolon file's cells, header first; none of its fields holds a semicolon, so splitting and unquoting is enough.</summary>
    public static List<string[]> SemicolonRows() =>
        Text(SemicolonCsv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(';').Select(f => f.StartsWith('"') ? f[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : f).ToArray())
            .ToList();

    /// <summary>
    /// An xlsx of these rows as Excel saves what an office typed: texts as shared strings, day-first dates as date cells
    /// (serial numbers under a date format), the running number as a number.
    /// </summary>
    public static HttpContent Workbook(IReadOnlyList<string[]> rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill()) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var shared = new Dictionary<string, int>();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = Cell(rows[r][c], r > 0, strings.SharedStringTable, shared);
                    if (cell is not null)
                    {
                        cell.CellReference = $"{(char)('A' + c)}{r + 1}";
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Hồ sơ" }));
        }

        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxMediaType);
        return content;
    }

    /// <summary>A cell as Excel keeps it; an empty text is no cell at all, as in a saved workbook.</summary>
    private static Cell? Cell(string text, bool body, SharedStringTable strings, Dictionary<string, int> shared)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (body && DateTime.TryParseExact(text, ["dd/MM/yyyy", "dd/MM/yyyy HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Cell
            {
                CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)),
                StyleIndex = text.Contains(':', StringComparison.Ordinal) ? 2u : 1u,
            };
        }

        if (body && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new Cell { CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) };
        }

        if (!shared.TryGetValue(text, out var index))
        {
            index = shared.Count;
            shared[text] = index;
            strings.AppendChild(new SharedStringItem(new Text(text)));
        }

        return new Cell { CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.SharedString };
    }
}
