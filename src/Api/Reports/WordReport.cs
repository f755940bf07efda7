using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KpiActors.Api.Reports;

/// <summary>
/// The report as the document a department signs: A4, Times New Roman 14, margins and heading of Nghị định
/// 30/2020/NĐ-CP (issuing body left, national motto right, both centred in their halves), recipients at the end.
/// </summary>
public static class WordReport
{
    private const string Font = "Times New Roman";

    // Sizes in half-points, lengths in twentieths of a point (1 mm ≈ 56.7).
    private const string BodySize = "28";
    private const string HeadingSize = "26";

    public static byte[] Render(ReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = BodySize }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

            var body = new Body();
            body.Append(Heading(report.Heading));
            body.Append(Centered(report.Heading.Title, bold: true, size: "28"));
            body.Append(Centered(report.Heading.Subject, bold: true, size: BodySize));
            body.Append(Centered(report.Heading.Window, italic: true, size: BodySize));
            foreach (var section in report.Sections)
            {
                body.Append(Text(section.Title, bold: true));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(Justified(paragraph));
                }

                if (section.Table is { } table)
                {
                    body.Append(Table(table));
                }
            }

            body.Append(Closing(report));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Heading(ReportHeading heading)
    {
        var left = new List<Paragraph>();
        if (heading.ParentBody.Length > 0)
        {
            left.Add(Centered(heading.ParentBody, size: HeadingSize));
        }

        left.Add(Centered(heading.Body, bold: true, size: HeadingSize));
        left.Add(Centered(heading.Number, size: HeadingSize));
        var right = new List<Paragraph>
        {
            Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: HeadingSize),
            Centered("Độc lập - Tự do - Hạnh phúc", bold: true, size: BodySize),
            Centered(heading.PlaceAndDate, italic: true, size: BodySize),
        };
        return Borderless(left, right, 3600, 5500);
    }

    private static Table Closing(ReportDocument report)
    {
        var left = new List<Paragraph> { Text("Nơi nhận:", bold: true, italic: true, size: "24") };
        left.AddRange(report.Recipients.Select(r => Text(r, size: "22")));
        return Borderless(left, [Centered(report.Signer, bold: true, size: BodySize)], 4500, 4600);
    }

    private static Table Borderless(IEnumerable<Paragraph> left, IEnumerable<Paragraph> right, int leftWidth, int rightWidth)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        return new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = (leftWidth + rightWidth).ToString() }, none),
            new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }),
            new TableRow(Cell(left, leftWidth), Cell(right, rightWidth)));
    }

    private static Table Table(ReportTable table)
    {
        var single = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var width = 9000 / table.Columns.Count;
        var result = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Dxa, Width = "9000" }, single));
        result.Append(new TableGrid(table.Columns.Select(_ => new GridColumn { Width = width.ToString() })));
        result.Append(new TableRow(table.Columns.Select(c => Cell([Centered(c, bold: true, size: "24")], width))));
        foreach (var row in table.Rows)
        {
            result.Append(new TableRow(row.Select(cell => Cell(
                [cell.Kind == CellKind.Text ? Text(cell.Display, size: "24") : Aligned(cell.Display, JustificationValues.Right, "24")], width))));
        }

        return result;
    }

    private static TableCell Cell(IEnumerable<Paragraph> paragraphs, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Centered(string text, bool bold = false, bool italic = false, string size = BodySize) =>
        Aligned(text, JustificationValues.Center, size, bold, italic);

    private static Paragraph Justified(string text) => Aligned(text, JustificationValues.Both, BodySize, indent: true);

    private static Paragraph Text(string text, bool bold = false, bool italic = false, string size = BodySize) =>
        Aligned(text, JustificationValues.Left, size, bold, italic);

    private static Paragraph Aligned(string text, JustificationValues alignment, string size, bool bold = false, bool italic = false, bool indent = false)
    {
        var properties = new ParagraphProperties();
        if (indent)
        {
            // The first line of body text is indented 1 cm, as Nghị định 30 lays it out.
            properties.Append(new Indentation { FirstLine = "567" });
        }

        properties.Append(new Justification { Val = alignment });

        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = size });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
