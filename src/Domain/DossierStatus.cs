namespace KpiActors.Domain;

public enum DossierStatus
{
    Received,
    InProgress,
    Resolved,

    /// <summary>Returned to the applicant for supplement.</summary>
    Returned,

    /// <summary>Withdrawn by the applicant.</summary>
    Withdrawn,

    Refused,
}
