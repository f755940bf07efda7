using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiActors.TestSupport;

/// <summary>
/// What the app processes a test runs wrote, in arrival order and bounded, each line with the process's name and the time since
/// the log began: when a figure is wrong, the warnings of the process that died and of the ones that took over say why.
/// </summary>
public sealed partial class ProcessLog
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

    /// <summary>
    /// Starts an app process with its output followed into this log under <paramref name="source"/>; completes with the
    /// address it listens on, or fails if it exits before it listens.
    /// </summary>
    public Task<Uri> StartAsync(Process process, string source)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.EnableRaisingEvents = true;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            Add(source, line.Data);
            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Add(source, line.Data);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"{source} exited before it listened; see its output in the test log."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Add(source, $"started, process {process.Id}");
        return listening.Task;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
