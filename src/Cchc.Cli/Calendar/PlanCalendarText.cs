using System.Globalization;
using Cchc.Cli.Shell;
using Cchc.Domain.Reporting;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Cli.Calendar;

/// <summary>Prints a plan's calendar as text: dated deadlines in date order, reports with their data windows, undated tasks.</summary>
internal static class PlanCalendarText
{
    public static void Write(PlanCalendar calendar, TextWriter output, Language t)
    {
        output.WriteLine(calendar.Title);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.T("Due dates", "Ngày đến hạn")} ({calendar.Entries.Count}):"));
        foreach (var entry in calendar.Entries)
        {
            // The summary already names the part ("(Kế hoạch)") or the report's period ("quý I năm 2021").
            var phrase = entry.Text.Length == 0 ? string.Empty : $" — \"{entry.Text}\"";
            output.WriteLine($"  {DateArgument.Describe(entry.Date, t)}  {entry.Summary}{phrase}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.T("Reports", "Báo cáo")} ({calendar.Reports.Count}):"));
        foreach (var report in calendar.Reports)
        {
            var window = report.DataWindow is { } w
                ? string.Create(CultureInfo.InvariantCulture, $"{t.T("data", "số liệu")} {w.Start:dd'/'MM'/'uuuu}–{w.End:dd'/'MM'/'uuuu}")
                : t.T("no data window", "không có kỳ số liệu");
            var due = report.DueDate is { } d ? DateArgument.Describe(d, t) : t.T("no due date stated", "không nêu hạn");
            output.WriteLine($"  {due}  {report.Text} ({window})");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.T("Without a date (event or direction)", "Không có ngày (theo sự kiện hoặc chỉ đạo)")} ({calendar.Undated.Count}):"));
        foreach (var undated in calendar.Undated)
        {
            output.WriteLine(undated.Deadline.Text is { Length: > 0 } text ? $"  {undated.TaskId}: \"{text}\"" : $"  {undated.TaskId}");
        }
    }
}
