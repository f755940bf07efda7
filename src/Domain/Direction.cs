namespace KpiActors.Domain;

public enum Direction
{
    Incoming,
    Outgoing,
}
