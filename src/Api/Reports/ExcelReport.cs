using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiActors.Api.Reports;

/// <summary>The report's tables as a workbook: one sheet per table, numbers as numbers with their formats, the header row frozen.</summary>
public static class ExcelReport
{
    // Cell formats of the stylesheet below, by index.
    private const uint Plain = 0;
    private const uint Header = 1;
    private const uint Count = 2;
    private const uint Rate = 3;

    /// <summary>Excel's built-in "#,##0" and "0.00%": Excel shows them with the reader's own separators (8.348 and 93,04% in Vietnamese).</summary>
    public const uint CountFormat = 3;

    public const uint RateFormat = 10;

    public static byte[] Render(ReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in report.Sections.Select(s => s.Table).OfType<ReportTable>())
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = table.Name });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ReportTable table)
    {
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 });
        var columns = new Columns(table.Columns.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = i == 0 || table.Columns[i].Length > 12 ? 40 : 16, CustomWidth = true }));
        var data = new SheetData(new Row(table.Columns.Select(c => TextCell(c, Header))) { RowIndex = 1 });
        uint index = 2;
        foreach (var row in table.Rows)
        {
            data.Append(new Row(row.Select(Cell)) { RowIndex = index++ });
        }

        return new Worksheet(frozen, columns, data);
    }

    private static Cell Cell(ReportCell cell) => cell switch
    {
        { Kind: CellKind.Count, Number: { } n } => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = Count },
        { Kind: CellKind.Rate, Number: { } r } => new Cell { DataType = CellValues.Number, CellValue = new CellValue(r), StyleIndex = Rate },
        _ => TextCell(cell.Display, Plain),
    };

    private static Cell TextCell(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = CountFormat, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = RateFormat, ApplyNumberFormat = true }) { Count = 4 });
}
