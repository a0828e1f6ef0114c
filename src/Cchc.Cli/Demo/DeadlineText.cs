using System.Globalization;
using Cchc.Cli.Calendar;
using Cchc.Cli.Shell;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;

namespace Cchc.Cli.Demo;

/// <summary>
/// A deadline as the demo shows it: the phrase as written, then its due dates on the civil servants'
/// working calendar, or why it has none.
/// </summary>
internal static class DeadlineText
{
    public static string Describe(Deadline deadline, Language t)
    {
        var due = deadline.Resolve(WorkingCalendar.Default);
        var meaning = due.Count > 0
            ? t.T("due ", "hạn ") + string.Join("; ", due.Select(d => (d.Label is null ? string.Empty : d.Label + ": ") + DateArgument.Describe(d.Date, t)))
            : WhyUndated(deadline, t);
        return deadline.Text is { } phrase ? $"\"{phrase}\" → {meaning}" : meaning;
    }

    private static string WhyUndated(Deadline deadline, Language t) => deadline switch
    {
        OngoingDeadline => t.T("ongoing, no due date", "thường xuyên, không có hạn"),
        WorkingDaysAfterEventDeadline w => string.Create(CultureInfo.InvariantCulture, $"{w.WorkingDays} {t.T("working days after", "ngày làm việc sau")}: {w.Event}"),
        DaysAfterEventDeadline d => string.Create(CultureInfo.InvariantCulture, $"{d.Days} {t.T("days after", "ngày sau")}: {d.Event}"),
        DirectedDeadline d => t.T("as directed", "theo chỉ đạo") + (d.Authority is null ? string.Empty : $" ({d.Authority})"),
        PerDocumentDeadline d => t.T("as set by ", "theo thời hạn của ") + d.Document,
        UnrecognizedDeadline => t.T("not understood", "chưa hiểu được"),
        _ => t.T("no date", "không có ngày"),
    };
}
