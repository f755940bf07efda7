using System.Text;

namespace KpiActors.Benchmarks.Reporting;

/// <summary>A GitHub-flavoured Markdown table; columns after the first are right-aligned (they hold figures).</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params object[] cells)
    {
        _rows.Add(cells.Select(c => c.ToString() ?? "").ToArray());
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"| {string.Join(" | ", headers)} |");
        text.AppendLine($"| {string.Join(" | ", headers.Select((_, i) => i == 0 ? "---" : "---:"))} |");
        foreach (var row in _rows)
        {
            text.AppendLine($"| {string.Join(" | ", row)} |");
        }

        return text.ToString();
    }
}
