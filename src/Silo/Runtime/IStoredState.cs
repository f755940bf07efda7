namespace KpiActors.Silo.Runtime;

/// <summary>The part of a persistent state the silo needs in order to load it before the first turn.</summary>
internal interface IStoredState
{
    Task ReadStateAsync();
}
