namespace KpiActors.Domain;

/// <summary>Which days a reporting period's figures are taken from.</summary>
public enum CutOff
{
    /// <summary>The period's own calendar months: the board's figures.</summary>
    Calendar,

    /// <summary>
    /// Nghị định 09/2019/NĐ-CP, Điều 12: figures are cut off on the 14th, so a period runs from the 15th of the
    /// month before its first month to the 14th of its last month.
    /// </summary>
    Nd09,
}
