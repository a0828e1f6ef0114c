using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>Where a task stands (kết quả thực hiện).</summary>
public enum PlanTaskStatus
{
    /// <summary>Not started.</summary>
    NotStarted = 0,

    /// <summary>Under way.</summary>
    InProgress = 1,

    /// <summary>Done on time.</summary>
    Done = 2,

    /// <summary>Done after its deadline.</summary>
    DoneLate = 3,

    /// <summary>Dropped.</summary>
    Cancelled = 4,
}
