using System.Globalization;
using Cchc.Cli.Shell;
using Cchc.Domain.Deadlines;
using NodaTime.Text;

namespace Cchc.Cli.Demo;

/// <summary>A deadline as the demo shows it: the phrase as written, then the parsed form.</summary>
internal static class DeadlineText
{
    public static string Describe(Deadline? deadline, Language t)
    {
        if (deadline is null)
        {
            return "—";
        }

        var parsed = deadline switch
        {
            OnDateDeadline d => t.T("on ", "vào ngày ") + LocalDatePattern.Iso.Format(d.Date),
            ByDateDeadline d => t.T("by ", "trước ngày ") + LocalDatePattern.Iso.Format(d.Date),
            MonthDeadline d => t.T("in ", "trong tháng ") + YearMonthPattern.Iso.Format(d.Month),
            QuarterDeadline d => string.Create(CultureInfo.InvariantCulture, $"{t.T("quarter", "quý")} {d.Quarter}/{d.Year}"),
            YearDeadline d => string.Create(CultureInfo.InvariantCulture, $"{t.T("year", "năm")} {d.Year}"),
            UnrecognizedDeadline => t.T("not understood", "chưa hiểu được"),
            _ => deadline.GetType().Name,
        };
        return deadline.Text is { } phrase ? $"\"{phrase}\" → {parsed}" : parsed;
    }
}
