using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>
/// Writes a <see cref="PlanCalendar"/> as iCalendar (RFC 5545): CRLF line ends, content lines folded at 75 octets
/// (§3.1, never inside a UTF-8 sequence), TEXT values escaped (§3.3.11: backslash, semicolon, comma, newline),
/// all-day events (DTSTART;VALUE=DATE and the exclusive DTEND of the next day).
/// </summary>
internal static class ICalendarWriter
{
    private const int MaxOctets = 75;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly LocalDatePattern ShortDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");
    private static readonly InstantPattern StampPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    public static string Write(PlanCalendar calendar, Instant generatedAt)
    {
        var output = new StringBuilder();
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:-//Cchc.Domain//Plan calendar//VI");
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        Line(output, "X-WR-CALNAME:" + Escape(calendar.Title));
        var stamp = StampPattern.Format(generatedAt);
        foreach (var entry in calendar.Entries)
        {
            Line(output, "BEGIN:VEVENT");
            Line(output, "UID:" + Escape(entry.Uid));
            Line(output, "DTSTAMP:" + stamp);
            Line(output, "DTSTART;VALUE=DATE:" + DatePattern.Format(entry.Date));
            if (entry.Date != LocalDate.MaxIsoValue)
            {
                // The day after 31/12/9999 has no form; a DATE DTSTART without DTEND lasts one day (§3.6.1).
                Line(output, "DTEND;VALUE=DATE:" + DatePattern.Format(entry.Date.PlusDays(1)));
            }

            Line(output, "SUMMARY:" + Escape(entry.Summary));
            if (Description(entry) is { Length: > 0 } description)
            {
                Line(output, "DESCRIPTION:" + Escape(description));
            }

            Line(output, "CATEGORIES:" + (entry.Kind == PlanCalendarEntryKind.Report ? "Báo cáo" : "Nhiệm vụ"));
            Line(output, "TRANSP:TRANSPARENT");
            Line(output, "END:VEVENT");
        }

        Line(output, "END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>The phrase as written (when there is one), then what moved the date and the data window of a report, one a line.</summary>
    private static string Description(PlanCalendarEntry entry)
    {
        var lines = new List<string>(3);
        if (entry.Text.Length > 0)
        {
            lines.Add("Thời hạn: " + entry.Text);
        }

        if (entry.Limit != entry.Date)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Hạn theo văn bản {ShortDate.Format(entry.Limit)} là ngày nghỉ; hạn tính là ngày làm việc {ShortDate.Format(entry.Date)}."));
        }

        if (entry.DataWindow is { } window)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Thời gian chốt số liệu: {ShortDate.Format(window.Start)} – {ShortDate.Format(window.End)} (Nghị định 09/2019/NĐ-CP, Điều 12)."));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11); control characters other than newlines are dropped.</summary>
    internal static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                case < ' ' or '\u007f':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Appends a content line folded at 75 octets: each continuation line starts with one space.</summary>
    internal static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }
}
