namespace KpiActors.Silo.Runtime;

/// <summary>One grain: its class and key. The silo holds at most one activation per id.</summary>
internal readonly record struct GrainId(GrainType Type, string Key)
{
    public override string ToString() => $"{Type.Name}/{Key}";
}
