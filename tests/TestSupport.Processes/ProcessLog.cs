using System.Diagnostics;
using System.Text;

namespace KpiActors.TestSupport;

/// <summary>
/// What the app processes a test runs wrote, in arrival order and bounded, each line with the process's name and the time since
/// the log began: when a figure is wrong, the warnings of the process that died and of the ones that took over say why.
/// </summary>
public sealed class ProcessLog
{
    private const int MaxLines = 600;

    // Orleans logs a warning with its whole stack trace on one line; the first part says what happened.
    private const int MaxLineLength = 400;

    private readonly Queue<string> _lines = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _dropped;

    public void Add(string source, string line)
    {
        lock (_lines)
        {
            var shown = line.Length > MaxLineLength ? line[..MaxLineLength] + " …" : line;
            _lines.Enqueue($"{_clock.Elapsed.TotalSeconds,7:0.000} [{source}] {shown}");
            if (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
                _dropped++;
            }
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            var text = new StringBuilder();
            if (_dropped > 0)
            {
                text.AppendLine($"({_dropped} earlier lines left out)");
            }

            foreach (var line in _lines)
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }
}
