using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiActors.Api.Tests.Operations;

/// <summary>One sample of Prometheus' text format, <c>name{label="value",...} value</c>, read by hand rather than by the exporter's code.</summary>
public sealed partial record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public static IReadOnlyList<PrometheusSample> Parse(string text) => text
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !line.StartsWith('#'))
        .Select(line => SampleLine().Match(line) is { Success: true } sample
            ? new PrometheusSample(
                sample.Groups["name"].Value,
                LabelPair().Matches(sample.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value),
                Number(sample.Groups["value"].Value))
            : throw new FormatException($"Not a Prometheus sample: {line}"))
        .ToList();

    private static double Number(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // A timestamp may follow the value.
    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+-?\d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)""")]
    private static partial Regex LabelPair();
}
