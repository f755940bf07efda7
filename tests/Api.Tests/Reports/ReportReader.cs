using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace KpiActors.Api.Tests.Reports;

/// <summary>A workbook cell as Excel reads it: a number with its number format, or text.</summary>
public sealed record SheetCell(double? Number, string? Text, uint NumberFormat);

/// <summary>Reads the produced documents back with the Open XML SDK, the way Word and Excel see them.</summary>
public static class ReportReader
{
    /// <summary>Every paragraph of the document's body, tables included, in order.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).ToList();
    }

    public static string WordText(byte[] docx) => string.Join("\n", Paragraphs(docx));

    /// <summary>Page size and margins in twentieths of a point, and the body font.</summary>
    public static (uint Width, uint Height, string? Font) WordPage(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var size = document.MainDocumentPart!.Document!.Body!.GetFirstChild<Word.SectionProperties>()!.GetFirstChild<Word.PageSize>()!;
        var font = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii?.Value;
        return (size.Width!.Value, size.Height!.Value, font);
    }

    /// <summary>What Word would refuse or repair: each schema error of the document, as text.</summary>
    public static IReadOnlyList<string> WordErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    public static IReadOnlyList<string> WorkbookErrors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Each sheet by name: its rows of cells, and whether its first row is frozen.</summary>
    public static IReadOnlyDictionary<string, (IReadOnlyList<IReadOnlyList<SheetCell>> Rows, bool HeaderFrozen)> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToList();
        var sheets = new Dictionary<string, (IReadOnlyList<IReadOnlyList<SheetCell>>, bool)>();
        foreach (var sheet in workbook.Workbook!.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
            var pane = worksheet.Descendants<Pane>().SingleOrDefault();
            var frozen = pane is { VerticalSplit.Value: 1 } && pane.State?.Value == PaneStateValues.Frozen;
            var rows = worksheet.Descendants<Row>().Select(r => (IReadOnlyList<SheetCell>)r.Elements<Cell>().Select(c =>
            {
                var format = formats[(int)(c.StyleIndex?.Value ?? 0)];
                return c.DataType?.Value == CellValues.InlineString
                    ? new SheetCell(null, c.InlineString!.InnerText, format)
                    : new SheetCell(double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), null, format);
            }).ToList()).ToList();
            sheets[sheet.Name!.Value!] = (rows, frozen);
        }

        return sheets;
    }

    /// <summary>The value cell of the row labelled <paramref name="label"/> in a two-column province sheet.</summary>
    public static SheetCell Row(this IReadOnlyList<IReadOnlyList<SheetCell>> rows, string label) =>
        rows.Single(r => r[0].Text == label)[1];
}
