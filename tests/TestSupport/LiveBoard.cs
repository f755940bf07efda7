using System.Text.Json;

namespace KpiActors.TestSupport;

/// <summary>
/// A board connected to an app's hub over the real SignalR JSON protocol: every message it was pushed is kept in order,
/// so that a test can wait for one (among those read so far or those to come) and afterwards count what came.
/// </summary>
public sealed class LiveBoard : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly HubClient _hub;
    private readonly List<HubMessage> _seen = [];

    private LiveBoard(HubClient hub) => _hub = hub;

    /// <summary>Every message read so far, in the order pushed.</summary>
    public IReadOnlyList<HubMessage> Seen => _seen;

    public static async Task<LiveBoard> ConnectAsync(Uri baseAddress, string? apiKey = AppDefaults.AdminKey) =>
        new(await HubClient.ConnectAsync(baseAddress, "/hubs/board", apiKey));

    /// <summary>Calls a hub method (WatchNational, WatchProvince, ...) and returns its answer, or throws the hub's error.</summary>
    public Task<JsonElement> InvokeAsync(string method, params object?[] arguments) => _hub.InvokeAsync(method, arguments);

    /// <summary>Joins the national group; the answer is every province's current readings.</summary>
    public Task<JsonElement> WatchNationalAsync() => InvokeAsync("WatchNational");

    /// <summary>
    /// The figure of this province and indicator at this denominator, in a message to <paramref name="target"/> ("Figures",
    /// or a watched province's "Readings"), among the messages read so far or those to come.
    /// </summary>
    public async Task<JsonElement> FigureAsync(string province, string indicator, long denominator, string target = "Figures")
    {
        var message = await FirstAsync(m => m.Target == target && Figure(m, province, indicator) is { } figure && figure.GetProperty("denominator").GetInt64() == denominator,
            $"a '{target}' message with {province}/{indicator} at {denominator}");
        return Figure(message, province, indicator)!.Value;
    }

    /// <summary>A pushed alert in this state, among the messages read so far or those to come.</summary>
    public async Task<JsonElement> AlertAsync(string state) =>
        (await FirstAsync(m => m.Target == "Alert" && m.Arguments[0].GetProperty("state").GetString() == state, $"an alert {state}")).Arguments[0];

    /// <summary>The next message to <paramref name="target"/>, reading on from the last message read.</summary>
    public async Task<JsonElement> NextAsync(string target) => (await ReadUntilAsync(m => m.Target == target, $"a '{target}' message"))[^1].Arguments[0];

    /// <summary>The messages read from here up to and including the first that <paramref name="last"/> accepts.</summary>
    public async Task<IReadOnlyList<HubMessage>> ReadUntilAsync(Func<HubMessage, bool> last, string what)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var read = new List<HubMessage>();
        while (true)
        {
            HubMessage message;
            try
            {
                message = await _hub.Messages.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {Timeout.TotalSeconds:0} s for {what}; {_seen.Count} messages came in all, {read.Count} of them meanwhile.");
            }

            _seen.Add(message);
            read.Add(message);
            if (last(message))
            {
                return read;
            }
        }
    }

    /// <summary>The argument of every message to <paramref name="target"/> read so far.</summary>
    public IEnumerable<JsonElement> All(string target) => _seen.Where(m => m.Target == target).Select(m => m.Arguments[0]);

    /// <summary>The last reading of this province and indicator a message carries (a push carries each figure once, in order), if any.</summary>
    public static JsonElement? Figure(HubMessage message, string province, string indicator) =>
        message.Target is "Figures" or "Readings"
            ? message.Arguments[0].EnumerateArray()
                .Where(f => f.GetProperty("province").GetString() == province && f.GetProperty("indicator").GetString() == indicator)
                .Select(f => (JsonElement?)f)
                .LastOrDefault()
            : null;

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private async Task<HubMessage> FirstAsync(Func<HubMessage, bool> match, string what) =>
        _seen.FirstOrDefault(match) ?? (await ReadUntilAsync(match, what))[^1];
}
