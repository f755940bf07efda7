namespace KpiActors.Actors;

public interface IGrainFactory
{
    /// <summary>
    /// A reference to the grain with this key. Getting a reference is free: the activation is created
    /// on the first call made through it.
    /// </summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey;
}
