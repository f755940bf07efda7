namespace KpiActors.Actors;

/// <summary>Marker for grain interfaces. Every method returns Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
public interface IGrain;

/// <summary>A grain addressed by a string key, like Orleans' IGrainWithStringKey.</summary>
public interface IGrainWithStringKey : IGrain;
