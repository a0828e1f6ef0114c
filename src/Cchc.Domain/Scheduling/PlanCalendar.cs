using System.Globalization;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Scheduling;

/// <summary>
/// Every deadline of a plan in one place: the dated entries (task deadlines resolved over the working calendar and
/// reports with a due date), the reporting calendars of the plan's years (with data windows, also reports without a
/// due date), and the tasks whose deadline gives no date. What <c>cchc calendar</c> prints.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Title">The plan's title (the calendar's name).</param>
/// <param name="Entries">The dated entries, by date then plan order.</param>
/// <param name="Reports">The reports of each plan year, by year (see <see cref="ReportingCalendar"/>).</param>
/// <param name="Undated">The tasks whose deadline gives no date, in plan order.</param>
public sealed record PlanCalendar(string Title, ValueList<PlanCalendarEntry> Entries, ValueList<ScheduledReport> Reports, ValueList<UndatedDeadline> Undated)
{
    /// <summary>The calendar of <paramref name="plan"/>: task due dates, reports of every plan year (<see cref="PlanHeader.Year"/> to <see cref="PlanHeader.LastYear"/>), undated tasks.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="calendar">The working calendar; <see langword="null"/> for <see cref="WorkingCalendar.Default"/>.</param>
    /// <param name="options">How to read "trước ngày X" and limits on a day off; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <returns>The plan calendar.</returns>
    public static PlanCalendar For(Plan plan, WorkingCalendar? calendar = null, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        calendar ??= WorkingCalendar.Default;
        options ??= DeadlineOptions.Default;
        var key = PlanCalendarUid.PlanKey(plan.Header);
        var entries = new List<PlanCalendarEntry>();
        var undated = new List<UndatedDeadline>();
        foreach (var (_, task) in plan.AllTasks)
        {
            if (task.Deadline is not { } deadline || deadline is RecurringReportDeadline)
            {
                continue;   // recurring reports are listed with the reports
            }

            var resolved = deadline.Resolve(calendar, options);
            if (resolved.Count == 0)
            {
                undated.Add(new UndatedDeadline(task.Id, deadline));
            }

            for (var part = 0; part < resolved.Count; part++)
            {
                entries.Add(TaskEntry(key, task, resolved[part], part, resolved.Count));
            }
        }

        var reports = new List<ScheduledReport>();
        var first = plan.Header.Year;
        var last = Math.Max(first, plan.Header.LastYear);
        for (var year = Math.Max(first, 2); year <= Math.Min(last, 9999); year++)
        {
            foreach (var report in ReportingCalendar.For(plan, year, calendar, options).Reports)
            {
                reports.Add(report);
                if (report is { DueDate: { } due, Period: { } period })
                {
                    entries.Add(ReportEntry(key, report, due, period));
                }
            }
        }

        var ordered = entries.Select((e, i) => (Entry: e, Index: i)).OrderBy(x => x.Entry.Date).ThenBy(x => x.Index).Select(x => x.Entry);
        return new PlanCalendar(plan.Header.Title, [.. ordered], [.. reports], [.. undated]);
    }

    /// <summary>The calendar as iCalendar text (RFC 5545): one all-day VEVENT per entry.</summary>
    /// <param name="generatedAt">The DTSTAMP of every event (the moment the file is made; pass a clock's reading).</param>
    /// <returns>The VCALENDAR text, CRLF line ends, lines folded at 75 octets.</returns>
    public string ToICalendar(Instant generatedAt) => ICalendarWriter.Write(this, generatedAt);

    /// <summary>
    /// The calendar as JSON (<c>cchc calendar --format json</c>): <c>title</c>, <c>entries</c> (date, kind task|report,
    /// uid, summary, text, limit, task and part, period with its data window), <c>reports</c>, <c>undated</c>;
    /// camelCase, ISO-8601 dates, Vietnamese unescaped, LF line ends.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PlanCalendarJsonWriter.Write(this);

    private static PlanCalendarEntry TaskEntry(string key, PlanTask task, ResolvedDueDate due, int part, int parts)
    {
        var name = task.Number ?? task.Id;
        var summary = string.Create(CultureInfo.InvariantCulture, $"Hạn nhiệm vụ {name}: {task.Title}");
        return new PlanCalendarEntry(
            due.Date,
            PlanCalendarEntryKind.Task,
            PlanCalendarUid.Of(key, "task", task.Id, parts > 1 ? part.ToString(CultureInfo.InvariantCulture) : null),
            due.Label is { } label ? $"{summary} ({label})" : summary,
            task.Deadline?.Text ?? due.Part.Text ?? string.Empty)
        {
            Limit = due.Limit,
            TaskId = task.Id,
            TaskNumber = task.Number,
            PartLabel = due.Label,
        };
    }

    private static PlanCalendarEntry ReportEntry(string key, ScheduledReport report, LocalDate due, ReportingPeriod period)
    {
        // An encoded id never holds "-", so "report-task-<id>" cannot meet the "report-r<index>" of an obligation.
        var (kind, source) = report.ObligationIndex is { } index
            ? ("report", "r" + index.ToString(CultureInfo.InvariantCulture))
            : ("report-task", report.TaskId ?? string.Empty);
        var periodKey = period.Kind == ReportingPeriodKind.Month
            ? string.Create(CultureInfo.InvariantCulture, $"{period.Year}-{period.MonthNumber:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{period.Year}-{period.Kind}");
        return new PlanCalendarEntry(due, PlanCalendarEntryKind.Report, PlanCalendarUid.Of(key, kind, source, periodKey), "Hạn báo cáo " + period.Name, report.Text)
        {
            Limit = report.Limit ?? due,
            TaskId = report.TaskId,
            PartLabel = period.Name,
            Period = period,
        };
    }
}
