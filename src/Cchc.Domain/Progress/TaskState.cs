namespace Cchc.Domain.Progress;

/// <summary>Where a task of a plan stands on the day progress is measured.</summary>
public enum TaskState
{
    /// <summary>Done on or before its due date (or marked <c>done</c> when a date is missing).</summary>
    DoneOnTime = 0,

    /// <summary>Done after its due date (or marked <c>doneLate</c> when a date is missing).</summary>
    DoneLate = 1,

    /// <summary>Done, but neither the dates nor the status say whether on time.</summary>
    DoneTimingUnknown = 2,

    /// <summary>Not done, and not overdue: its due date has not passed or is not known.</summary>
    NotDone = 3,

    /// <summary>Not done and its due date has passed.</summary>
    Overdue = 4,

    /// <summary>Cancelled: left out of the counts and shares.</summary>
    Cancelled = 5,
}
