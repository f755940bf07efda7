namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public sealed class CounterState
{
    public int Value { get; set; }
}
