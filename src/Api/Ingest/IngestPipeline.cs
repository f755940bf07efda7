using KpiActors.Silo.Facts;
using System.Diagnostics;
using System.Threading.Channels;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Ingest;

/// <summary>
/// This node's writer: groups the batches waiting at the moment into one transaction (group commit), which makes it
/// the one writer of their provinces until it ends (<see cref="SqlFactStore"/>; other nodes' commits for them wait),
/// hands the committed deltas to their grains, wherever in the cluster they live, and only then acknowledges each
/// batch. An acknowledged batch is durable and already visible on the board.
/// </summary>
public sealed class IngestPipeline(
    SqlFactStore store,
    IGrainFactory grains,
    IOptions<IngestOptions> options,
    ILogger<IngestPipeline> logger) : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Stores the batch and returns once it is durable and applied; all of it or none of it.</summary>
    public async Task<BatchOutcome> SubmitAsync(FactBatch batch, CancellationToken cancellationToken)
    {
        var pending = new Pending(batch);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The ingest pipeline is shutting down.");
        }

        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Finish what was accepted: stop taking new batches and let the loop drain the queue.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var group = new List<Pending>();
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            group.Clear();
            var facts = 0;
            while (facts < options.Value.MaxFactsPerCommit && reader.TryRead(out var pending))
            {
                group.Add(pending);
                facts += pending.Batch.Facts.Count;
            }

            if (!await TryCommitAsync(group) && group.Count > 1)
            {
                // One batch must not fail the others it happened to share a transaction with.
                foreach (var pending in group)
                {
                    await TryCommitAsync([pending]);
                }
            }
        }
    }

    private async Task<bool> TryCommitAsync(IReadOnlyList<Pending> group)
    {
        FactCommit commit;
        var started = Stopwatch.GetTimestamp();
        try
        {
            commit = await store.CommitAsync(group.Select(p => p.Batch).ToList());
        }
        catch (Exception e)
        {
            logger.LogError(e, "Storing {Count} batches failed", group.Count);
            if (group.Count == 1)
            {
                group[0].Completion.TrySetException(e);
            }

            return false;
        }

        IngestMetrics.CommitDuration.Record(IngestMetrics.SecondsSince(started));
        IngestMetrics.CommitFacts.Record(group.Sum(p => p.Batch.Facts.Count));
        var committed = Stopwatch.GetTimestamp();
        await ApplyToGrainsAsync(commit.Grains);
        IngestMetrics.ApplyDuration.Record(IngestMetrics.SecondsSince(committed));
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Completion.TrySetResult(commit.Outcomes[i]);
            IngestMetrics.BatchDuration.Record(IngestMetrics.SecondsSince(group[i].Submitted));
        }

        return true;
    }

    private async Task ApplyToGrainsAsync(IReadOnlyList<GrainDeltas> committed)
    {
        try
        {
            await Task.WhenAll(committed.Select(c => grains.Indicator(c.Grain.Province, c.Grain.Indicator).ApplyAsync(c.Batch)));
        }
        catch (Exception e)
        {
            // The deltas are durable; a grain that failed (its silo died on the way) finds them in the log when it wakes up
            // again, or polls it, or sees the gap in the next batch it is sent.
            logger.LogWarning(e, "A grain did not apply its deltas; it will read them from the log");
        }
    }

    private sealed record Pending(FactBatch Batch)
    {
        public TaskCompletionSource<BatchOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Submitted { get; } = Stopwatch.GetTimestamp();
    }
}
