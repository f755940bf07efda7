using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiActors.Api.Shared;

namespace KpiActors.Api.Ingest;

/// <summary>
/// The rows of an xlsx workbook's first worksheet as cell texts, read as a stream so that 100,000 rows stay small.
/// A cell formatted as a date becomes an ISO date (2026-09-15) or date-time in Vietnam time (2026-09-15T16:00:00),
/// so that the one date reader takes it as it takes text; numbers are written invariantly.
/// </summary>
public static class XlsxRecords
{
    /// <summary>Excel's built-in number formats that show a date or a time.</summary>
    private static readonly HashSet<uint> DateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    /// <summary>Quoted literals and [colours] in a number format, which say nothing about the value's kind.</summary>
    private static readonly Regex Literals = new("\"[^\"]*\"|\\[[^\\]]*\\]", RegexOptions.CultureInvariant);

    public static List<SheetRecord> Read(Stream stream, out Refusal? error)
    {
        error = null;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id)
            {
                error = Refusal.NoWorksheet();
                return [];
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var records = new List<SheetRecord>();
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(id));
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var cells = Cells(row, strings, dateStyles);
                    if (cells.Any(c => c.Length > 0))
                    {
                        records.Add(new SheetRecord((int)(row.RowIndex?.Value ?? (uint)records.Count + 1), cells));
                    }
                }
            }

            return records;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException)
        {
            error = Refusal.UnreadableWorkbook(e);
            return [];
        }
    }

    private static List<string> Cells(Row row, List<string> strings, HashSet<uint> dateStyles)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : cells.Count;
            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells.Add(Text(cell, strings, dateStyles));
        }

        return cells;
    }

    private static string Text(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : raw;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) &&
            double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 0 and < 2958466)
        {
            // Excel keeps the wall-clock time the office typed, which is Vietnam time; to the second, as typed (a serial is a
            // binary fraction of a day, a few microseconds off).
            var ticks = DateTime.FromOADate(serial).Ticks;
            var local = new DateTime((ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
            return local.TimeOfDay == TimeSpan.Zero
                ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The style indexes whose number format shows a date: built-in ones, and custom ones with a day or year in them.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var dates = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (DateFormats.Contains(id) || custom.Contains(id)))
            {
                dates.Add(index);
            }

            index++;
        }

        return dates;
    }

    private static bool IsDateFormat(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var bare = Literals.Replace(code, "");
        return bare.Contains('d', StringComparison.OrdinalIgnoreCase) || bare.Contains('y', StringComparison.OrdinalIgnoreCase);
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
