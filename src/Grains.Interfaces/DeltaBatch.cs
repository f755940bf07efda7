using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// One grain's deltas from one commit, in sequence order. Sequences are the grain's own, gap-free:
/// <see cref="PreviousSequence"/> is the last one committed before these, by whichever node. A grain whose
/// watermark is behind it missed a commit and reads the log instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("DeltaBatch")]
public sealed record DeltaBatch(long PreviousSequence, IReadOnlyList<LoggedDelta> Deltas);
