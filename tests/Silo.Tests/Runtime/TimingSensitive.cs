namespace KpiActors.Silo.Tests.Runtime;

/// <summary>
/// Tests that assert that something did NOT happen within some time (a busy grain is not collected)
/// run alone, so that a 10,000-call test on the other core cannot stretch their pauses.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Runtime timing";
}
