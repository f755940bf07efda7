using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// A national board connected to one node over the real SignalR JSON protocol: every message it was pushed is kept in
/// order, so that a test can wait for one and afterwards count what came.
/// </summary>
public sealed class LiveBoard : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HubClient _hub;
    private readonly List<HubMessage> _seen = [];

    private LiveBoard(HubClient hub) => _hub = hub;

    public IReadOnlyList<HubMessage> Seen => _seen;

    /// <summary>Connects to the node's hub and joins the national group; the answer is the current live readings.</summary>
    public static async Task<(LiveBoard Board, JsonElement Current)> WatchNationalAsync(AppProcess node)
    {
        var hub = await HubClient.ConnectAsync(node.BaseAddress, "/hubs/board", AppDefaults.AdminKey);
        return (new LiveBoard(hub), await hub.InvokeAsync("WatchNational"));
    }

    /// <summary>A pushed figure of this province and indicator at this denominator, among the messages read so far or those to come.</summary>
    public Task<JsonElement> FigureAsync(string province, string indicator, long denominator)
    {
        JsonElement? Match(JsonElement figures) => figures.EnumerateArray()
            .Where(f => f.GetProperty("province").GetString() == province && f.GetProperty("indicator").GetString() == indicator)
            .Select(f => (JsonElement?)f)
            .LastOrDefault() is { } figure && figure.GetProperty("denominator").GetInt64() == denominator ? figure : null;

        return All("Figures").Select(Match).FirstOrDefault(f => f is not null) is { } seen ? Task.FromResult(seen) : NextAsync("Figures", Match);
    }

    /// <summary>A pushed alert in this state, among the messages read so far or those to come.</summary>
    public Task<JsonElement> AlertAsync(string state)
    {
        JsonElement? Match(JsonElement alert) => alert.GetProperty("state").GetString() == state ? alert : null;

        return All("Alert").Select(Match).FirstOrDefault(a => a is not null) is { } seen ? Task.FromResult(seen) : NextAsync("Alert", Match);
    }

    /// <summary>The next message to <paramref name="target"/>, reading on from the last message read.</summary>
    public Task<JsonElement> NextAsync(string target) => NextAsync(target, argument => argument);

    public IEnumerable<JsonElement> All(string target) => _seen.Where(m => m.Target == target).Select(m => m.Arguments[0]);

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private async Task<JsonElement> NextAsync(string target, Func<JsonElement, JsonElement?> match)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            HubMessage message;
            try
            {
                message = await _hub.Messages.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No '{target}' message as awaited within {Timeout.TotalSeconds:0} s; {_seen.Count} messages came.");
            }

            _seen.Add(message);
            if (message.Target == target && match(message.Arguments[0]) is { } found)
            {
                return found;
            }
        }
    }
}
