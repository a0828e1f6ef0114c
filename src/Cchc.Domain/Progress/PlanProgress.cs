using System.Collections.Immutable;
using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using NodaTime;

namespace Cchc.Domain.Progress;

/// <summary>
/// How far a plan has come on a given day: the share of tasks done, done on time and late, the tasks
/// overdue, and each target met, not met or unknown — for the plan and per reform area.
/// </summary>
/// <remarks>
/// <para>A task is done when its status is <c>done</c> or <c>doneLate</c>, or it has a completion date
/// and no status; a completion date after <see cref="AsOf"/> means not done yet on that day. Whether a done
/// task was on time is decided by its completion date against its due date when both are known (the dates
/// win over the status), else by its status (<c>done</c> on time, <c>doneLate</c> late), else unknown.</para>
/// <para>Due dates come from the task's deadline over the working calendar: a date is due that day,
/// "trước ngày X" up to X − 1 (moved back to a working day), a month, quarter or year on its last working
/// day. A not-done task whose due date is before <see cref="AsOf"/> is overdue.</para>
/// <para>Shares are fractions from 0 to 1 rounded to four decimals, half away from zero (see <see cref="TaskCounts"/>).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PlanProgress
{
    /// <summary>The day progress is measured on.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The counts over every task of the plan.</summary>
    public required TaskCounts Tasks { get; init; }

    /// <summary>The counts over every target of the plan, plan-wide and per area.</summary>
    public required TargetCounts Targets { get; init; }

    /// <summary>The breakdown per reform area, in the plan's order.</summary>
    public required ValueList<AreaProgress> Areas { get; init; }

    /// <summary>Every task's state, in the plan's order.</summary>
    public required ValueList<TaskProgress> TaskStates { get; init; }

    /// <summary>Every target's outcome: plan-wide targets first, then each area's, in the plan's order.</summary>
    public required ValueList<TargetProgress> TargetOutcomes { get; init; }

    /// <summary>Measures the progress of <paramref name="plan"/> on <paramref name="asOf"/>, with due dates on <see cref="WorkingCalendar.Default"/>.</summary>
    /// <param name="plan">The plan, with task statuses and completion dates filled in.</param>
    /// <param name="actualsByTargetId">The actual value of each target with one, by target id; other targets are unknown.</param>
    /// <param name="asOf">The day to measure on.</param>
    /// <returns>The progress.</returns>
    public static PlanProgress Of(Plan plan, IReadOnlyDictionary<string, decimal> actualsByTargetId, LocalDate asOf) =>
        Of(plan, actualsByTargetId, WorkingCalendar.Default, asOf);

    /// <summary>Measures the progress of <paramref name="plan"/> on <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan, with task statuses and completion dates filled in.</param>
    /// <param name="actualsByTargetId">The actual value of each target with one, by target id (for <c>increase</c>/<c>decrease</c>, the observed change); other targets are unknown.</param>
    /// <param name="calendar">The working calendar due dates are resolved in, for example <see cref="WorkingCalendar.Default"/>.</param>
    /// <param name="asOf">The day to measure on: completion dates after it do not count yet, due dates before it are passed.</param>
    /// <returns>The progress.</returns>
    public static PlanProgress Of(Plan plan, IReadOnlyDictionary<string, decimal> actualsByTargetId, WorkingCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actualsByTargetId);
        ArgumentNullException.ThrowIfNull(calendar);

        var tasks = plan.AllTasks.Select(at => StateOf(at.Area.Id, at.Task, calendar, asOf)).ToImmutableArray();
        var targets = plan.Targets.Select(t => OutcomeOf(t, null, actualsByTargetId))
            .Concat(plan.Areas.SelectMany(a => a.Targets.Select(t => OutcomeOf(t, a.Id, actualsByTargetId))))
            .ToImmutableArray();
        var areas = plan.Areas.Select(a => new AreaProgress(
            a.Id,
            a.Number,
            a.Title,
            TaskCounts.Of(tasks.Where(t => string.Equals(t.AreaId, a.Id, StringComparison.Ordinal))),
            TargetCounts.Of(targets.Where(t => string.Equals(t.AreaId, a.Id, StringComparison.Ordinal))))).ToImmutableArray();

        return new PlanProgress
        {
            AsOf = asOf,
            Tasks = TaskCounts.Of(tasks),
            Targets = TargetCounts.Of(targets),
            Areas = areas,
            TaskStates = tasks,
            TargetOutcomes = targets,
        };
    }

    private static TaskProgress StateOf(string areaId, PlanTask task, WorkingCalendar calendar, LocalDate asOf)
    {
        var due = task.Deadline?.DueDates(calendar) is { Count: > 0 } dates ? dates.Max() : (LocalDate?)null;
        var completed = task.CompletedOn is { } on && on <= asOf ? on : (LocalDate?)null;
        var doneByStatus = task.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate;
        var done = task.CompletedOn is { } date
            ? date <= asOf && task.Status is null or PlanTaskStatus.Done or PlanTaskStatus.DoneLate
            : doneByStatus;
        TaskState state;
        if (task.Status == PlanTaskStatus.Cancelled)
        {
            state = TaskState.Cancelled;
        }
        else if (done)
        {
            state = (completed, due, task.Status) switch
            {
                ({ } c, { } d, _) => c <= d ? TaskState.DoneOnTime : TaskState.DoneLate,
                (_, _, PlanTaskStatus.Done) => TaskState.DoneOnTime,
                (_, _, PlanTaskStatus.DoneLate) => TaskState.DoneLate,
                _ => TaskState.DoneTimingUnknown,
            };
        }
        else
        {
            state = due is { } d && d < asOf ? TaskState.Overdue : TaskState.NotDone;
        }

        return new TaskProgress(areaId, task.Id, state, due);
    }

    private static TargetProgress OutcomeOf(Targets.Target target, string? areaId, IReadOnlyDictionary<string, decimal> actuals)
    {
        decimal? actual = actuals.TryGetValue(target.Id, out var value) ? value : null;
        return new TargetProgress(target.Id, areaId, actual, target.Evaluate(actual));
    }
}
