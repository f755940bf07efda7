namespace KpiActors.Domain;

/// <summary>How a dossier was submitted.</summary>
public enum Channel
{
    Online,
    InPerson,
    Postal,
}
