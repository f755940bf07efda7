namespace KpiActors.Domain;

public enum TargetStatus
{
    /// <summary>Chưa đủ dữ liệu: fewer cases than the minimum sample.</summary>
    NotEnoughData,

    /// <summary>Không đạt: below target by more than the at-risk margin.</summary>
    Behind,

    /// <summary>Có nguy cơ: below target, within the at-risk margin.</summary>
    AtRisk,

    /// <summary>Đúng tiến độ: below target now, but the projection reaches it by the deadline.</summary>
    OnTrack,

    /// <summary>Đạt: at or above target.</summary>
    Met,
}
