using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Scheduling;

/// <summary>
/// The reports a plan requires in one year, each with its period, its data window (Nghị định 09/2019/NĐ-CP,
/// Điều 12) and its due date; from the plan's reporting obligations (<see cref="ReportingObligation.DueDay"/>)
/// and its tasks' recurring-report deadlines.
/// </summary>
/// <remarks>
/// A due day named with "trước" is read as the <see cref="ByDateDeadline"/> "trước ngày X" (by default on time up
/// to X − 1), any other as the inclusive <see cref="NoLaterThanDeadline"/>; a due date on a day off moves by
/// <see cref="DeadlineOptions.LimitOnDayOff"/>, by default to the previous working day: the report must reach the
/// recipient by the stated day, and Điều 148 of the Civil Code, which moves the end of a period (thời hạn) to the
/// next working day, is about periods counted from an event, not about a calendar day a plan fixes.
/// A task part and an obligation of the same period and day are one report (seed 003 states its reports twice).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Year">The year.</param>
/// <param name="Reports">The reports, by due date (reports without one last), then in plan order.</param>
public sealed record ReportingCalendar(int Year, ValueList<ScheduledReport> Reports)
{
    /// <summary>The reports <paramref name="plan"/> requires in <paramref name="year"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="year">The year; outside 2–9999 (a year the plan reader reports as an error) the calendar has no reports.</param>
    /// <param name="calendar">The working calendar; <see langword="null"/> for <see cref="WorkingCalendar.Default"/>.</param>
    /// <param name="options">How to read "trước ngày X" and due days on a day off; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <returns>The reporting calendar.</returns>
    public static ReportingCalendar For(Plan plan, int year, WorkingCalendar? calendar = null, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!ReportingPeriod.IsSupportedYear(year))
        {
            // A plan read with errors may carry any year (2147483647); it has no reporting periods to date.
            return new ReportingCalendar(year, []);
        }

        calendar ??= WorkingCalendar.Default;
        options ??= DeadlineOptions.Default;
        var reports = new List<ScheduledReport>();
        for (var i = 0; i < plan.Reporting.Count; i++)
        {
            AddObligation(reports, plan.Reporting[i], i, year, calendar, options);
        }

        foreach (var (_, task) in plan.AllTasks)
        {
            if (task.Deadline is RecurringReportDeadline recurring)
            {
                AddTaskParts(reports, task.Id, recurring, year, calendar, options);
            }
        }

        var ordered = reports.Select((r, i) => (Report: r, Index: i))
            .OrderBy(x => x.Report.DueDate is null)
            .ThenBy(x => x.Report.DueDate ?? default)
            .ThenBy(x => x.Index)
            .Select(x => x.Report);
        return new ReportingCalendar(year, [.. ordered]);
    }

    private static void AddObligation(List<ScheduledReport> reports, ReportingObligation obligation, int index, int year, WorkingCalendar calendar, DeadlineOptions options)
    {
        var template = new ScheduledReport(obligation.Period, obligation.Text)
        {
            UnitId = obligation.UnitId,
            RecipientUnitId = obligation.RecipientUnitId,
            Recipient = obligation.Recipient,
            ObligationIndex = index,
        };
        if (obligation.Period == ReportingPeriodKind.Month)
        {
            for (var month = 1; month <= 12; month++)
            {
                var period = ReportingPeriod.OfMonth(year, month);
                LocalDate? stated = obligation.DueDay is { } day ? new LocalDate(year, month, Math.Min(day.Day, CalendarSystem.Iso.GetDaysInMonth(year, month))) : null;
                reports.Add(Dated(template with { Period = period }, stated, calendar, options));
            }

            return;
        }

        if (!ReportingPeriod.TryCreate(obligation.Period, year, null, out var single))
        {
            reports.Add(template);
            return;
        }

        // A report is never due long before its data window closes (ReportingPeriod.DueYearOf): "quý IV, trước ngày
        // 15/01" and a year report due 01-15 fall in the next January; after 9999 there is none, so no due date.
        LocalDate? due = obligation.DueDay is { } annual && single.DueYearOf(annual.Month, annual.Day) is { } dueYear ? annual.InYear(dueYear) : null;

        reports.Add(Dated(template with { Period = single }, due, calendar, options));
    }

    private static void AddTaskParts(List<ScheduledReport> reports, string taskId, RecurringReportDeadline recurring, int year, WorkingCalendar calendar, DeadlineOptions options)
    {
        foreach (var part in recurring.Parts)
        {
            if (part.Period is not { } period || period.Year != year)
            {
                continue;
            }

            var resolved = part.Due.Resolve(calendar, options);
            LocalDate? stated = part.Due.Span?.Start;
            var same = reports.FindIndex(r => r.TaskId is null && r.Period == period && r.StatedDate == stated);
            if (same >= 0)
            {
                reports[same] = reports[same] with { TaskId = taskId };
                continue;
            }

            reports.Add(new ScheduledReport(part.Kind, part.Due.Text ?? recurring.Text ?? period.Name)
            {
                Period = period,
                StatedDate = stated,
                DueDate = resolved.Count > 0 ? resolved[0].Date : null,
                Limit = resolved.Count > 0 ? resolved[0].Limit : null,
                TaskId = taskId,
            });
        }
    }

    private static ScheduledReport Dated(ScheduledReport report, LocalDate? stated, WorkingCalendar calendar, DeadlineOptions options)
    {
        if (stated is not { } day)
        {
            return report;
        }

        Deadline deadline = DeadlineWording.SaysBefore(report.Text) ? new ByDateDeadline(day) : new NoLaterThanDeadline(day);
        var resolved = deadline.Resolve(calendar, options)[0];
        return report with { StatedDate = day, DueDate = resolved.Date, Limit = resolved.Limit };
    }
}
