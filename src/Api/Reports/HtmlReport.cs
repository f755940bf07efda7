using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KpiActors.Api.Reports;

/// <summary>The report as a web page: what the board previews before a download.</summary>
public static class HtmlReport
{
    // Vietnamese letters are written as they are, so that the page reads (and searches) as text.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(ReportDocument report)
    {
        static string E(string text) => Encoder.Encode(text);
        var h = report.Heading;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(h.Subject)).Append("</title>")
            .Append("<style>body{font-family:'Times New Roman',serif;max-width:21cm;margin:1cm auto;line-height:1.4}")
            .Append(".heading{display:grid;grid-template-columns:2fr 3fr;text-align:center}.heading p{margin:0}.date{font-style:italic}")
            .Append("h1,h2.subject,p.window{text-align:center;margin:.2em}table{border-collapse:collapse;margin:.5em 0}")
            .Append("td,th{border:1px solid #444;padding:2px 6px}td.n{text-align:right}</style></head><body>");
        html.Append("<div class=\"heading\"><div>");
        if (h.ParentBody.Length > 0)
        {
            html.Append("<p>").Append(E(h.ParentBody)).Append("</p>");
        }

        html.Append("<p><b>").Append(E(h.Body)).Append("</b></p><p>").Append(E(h.Number)).Append("</p></div>")
            .Append("<div><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>")
            .Append("<p class=\"date\">").Append(E(h.PlaceAndDate)).Append("</p></div></div>");
        html.Append("<h1>").Append(E(h.Title)).Append("</h1><h2 class=\"subject\">").Append(E(h.Subject)).Append("</h2><p class=\"window\">")
            .Append(E(h.Window)).Append("</p>");
        foreach (var section in report.Sections)
        {
            html.Append("<section><h3>").Append(E(section.Title)).Append("</h3>");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>");
            }

            if (section.Table is { } table)
            {
                html.Append("<table><thead><tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<th>").Append(E(column)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append(cell.Kind == CellKind.Text ? "<td>" : "<td class=\"n\">").Append(E(cell.Display)).Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
            }

            html.Append("</section>");
        }

        html.Append("<div class=\"heading\"><div style=\"text-align:left\"><p><b><i>Nơi nhận:</i></b></p>");
        foreach (var recipient in report.Recipients)
        {
            html.Append("<p>").Append(E(recipient)).Append("</p>");
        }

        html.Append("</div><div><p><b>").Append(E(report.Signer)).Append("</b></p></div></div></body></html>");
        return html.ToString();
    }
}
