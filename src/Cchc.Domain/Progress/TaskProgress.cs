using NodaTime;

namespace Cchc.Domain.Progress;

/// <summary>The state of one task of a plan.</summary>
/// <param name="AreaId">The id of the task's reform area.</param>
/// <param name="TaskId">The task's id.</param>
/// <param name="State">Done on time, late, not done, overdue…</param>
/// <param name="DueDate">The latest on-time date of the task's deadline, or <see langword="null"/> when the deadline has no fixed date.</param>
public sealed record TaskProgress(string AreaId, string TaskId, TaskState State, LocalDate? DueDate)
{
    /// <summary>Whether the task is done (on time, late, or with unknown timing).</summary>
    public bool IsDone => State is TaskState.DoneOnTime or TaskState.DoneLate or TaskState.DoneTimingUnknown;
}
