namespace Cchc.Domain.Progress;

/// <summary>
/// Counts of tasks by state and the shares they make. Cancelled tasks are counted apart and left out of
/// <see cref="Total"/>: <see cref="Done"/> + <see cref="NotDone"/> = <see cref="Total"/>.
/// </summary>
/// <remarks>
/// Shares are fractions of <see cref="Total"/> from 0 to 1, rounded to four decimals half away from zero
/// (0.6667 for 2 of 3); <see langword="null"/> when there is no task to count.
/// </remarks>
/// <param name="Total">The tasks counted: every task but the cancelled ones.</param>
/// <param name="DoneOnTime">Tasks done on time.</param>
/// <param name="DoneLate">Tasks done late.</param>
/// <param name="DoneTimingUnknown">Tasks done whose timing is unknown.</param>
/// <param name="NotDone">Tasks not done yet, overdue ones included.</param>
/// <param name="Overdue">Tasks not done whose due date has passed (a part of <paramref name="NotDone"/>).</param>
/// <param name="Cancelled">Cancelled tasks, not in <paramref name="Total"/>.</param>
public sealed record TaskCounts(int Total, int DoneOnTime, int DoneLate, int DoneTimingUnknown, int NotDone, int Overdue, int Cancelled)
{
    /// <summary>Tasks done: on time, late or with unknown timing.</summary>
    public int Done => DoneOnTime + DoneLate + DoneTimingUnknown;

    /// <summary>The share of tasks done, 0 to 1.</summary>
    public decimal? DoneShare => ProgressShares.Of(Done, Total);

    /// <summary>The share of tasks done on time, 0 to 1.</summary>
    public decimal? OnTimeShare => ProgressShares.Of(DoneOnTime, Total);

    /// <summary>The share of tasks done late, 0 to 1.</summary>
    public decimal? LateShare => ProgressShares.Of(DoneLate, Total);

    /// <summary>The share of tasks overdue, 0 to 1.</summary>
    public decimal? OverdueShare => ProgressShares.Of(Overdue, Total);

    internal static TaskCounts Of(IEnumerable<TaskProgress> tasks)
    {
        int onTime = 0, late = 0, unknown = 0, notDone = 0, overdue = 0, cancelled = 0;
        foreach (var task in tasks)
        {
            switch (task.State)
            {
                case TaskState.DoneOnTime: onTime++; break;
                case TaskState.DoneLate: late++; break;
                case TaskState.DoneTimingUnknown: unknown++; break;
                case TaskState.Overdue: overdue++; notDone++; break;
                case TaskState.Cancelled: cancelled++; break;
                default: notDone++; break;
            }
        }

        return new TaskCounts(onTime + late + unknown + notDone, onTime, late, unknown, notDone, overdue, cancelled);
    }
}
