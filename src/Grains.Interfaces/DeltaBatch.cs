using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// Deltas for one grain from one commit, in sequence order. <see cref="PreviousSequence"/> is the last
/// sequence sent to this grain before: a grain whose watermark is behind it missed a batch and reads the log.
/// </summary>
public sealed record DeltaBatch(long PreviousSequence, IReadOnlyList<LoggedDelta> Deltas);
