using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cchc.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>Writes a <see cref="PlanCalendar"/> as JSON with a <see cref="Utf8JsonWriter"/> (no reflection; camelCase; ISO dates).</summary>
internal static class PlanCalendarJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NewLine = "\n",
    };

    public static string Write(PlanCalendar calendar)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", calendar.Title);
            json.WriteStartArray("entries");
            foreach (var entry in calendar.Entries)
            {
                WriteEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteStartArray("reports");
            foreach (var report in calendar.Reports)
            {
                WriteReport(json, report);
            }

            json.WriteEndArray();
            json.WriteStartArray("undated");
            foreach (var undated in calendar.Undated)
            {
                json.WriteStartObject();
                json.WriteString("taskId", undated.TaskId);
                json.WriteString("kind", KindOf(undated.Deadline));
                OptionalString(json, "text", undated.Deadline.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteEntry(Utf8JsonWriter json, PlanCalendarEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("date", Iso(entry.Date));
        json.WriteString("kind", entry.Kind == PlanCalendarEntryKind.Report ? "report" : "task");
        json.WriteString("uid", entry.Uid);
        json.WriteString("summary", entry.Summary);
        json.WriteString("text", entry.Text);
        json.WriteString("limit", Iso(entry.Limit));
        OptionalString(json, "taskId", entry.TaskId);
        OptionalString(json, "taskNumber", entry.TaskNumber);
        OptionalString(json, "partLabel", entry.PartLabel);
        if (entry.Period is { } period)
        {
            WritePeriod(json, period);
        }

        json.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter json, ScheduledReport report)
    {
        json.WriteStartObject();
        if (report.Period is { } period)
        {
            WritePeriod(json, period);
        }
        else
        {
            json.WriteString("period", "adHoc");
        }

        json.WriteString("text", report.Text);
        OptionalDate(json, "statedDate", report.StatedDate);
        OptionalDate(json, "dueDate", report.DueDate);
        OptionalString(json, "unitId", report.UnitId);
        OptionalString(json, "recipientUnitId", report.RecipientUnitId);
        OptionalString(json, "recipient", report.Recipient);
        if (report.ObligationIndex is { } index)
        {
            json.WriteNumber("obligationIndex", index);
        }

        OptionalString(json, "taskId", report.TaskId);
        json.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter json, ReportingPeriod period)
    {
        json.WriteString("period", JsonNamingPolicy.CamelCase.ConvertName(period.Kind.ToString()));
        json.WriteString("periodName", period.Name);
        json.WriteNumber("year", period.Year);
        if (period.Kind == ReportingPeriodKind.Month)
        {
            json.WriteNumber("month", period.MonthNumber);
        }

        json.WriteStartObject("dataWindow");
        json.WriteString("start", Iso(period.DataWindow.Start));
        json.WriteString("end", Iso(period.DataWindow.End));
        json.WriteEndObject();
    }

    /// <summary>The JSON <c>kind</c> of a deadline without a date (docs/json-format.md).</summary>
    private static string KindOf(Deadline deadline) => deadline switch
    {
        WorkingDaysAfterEventDeadline => "workingDaysAfter",
        DaysAfterEventDeadline => "daysAfter",
        OngoingDeadline => "ongoing",
        DirectedDeadline => "directed",
        PerDocumentDeadline => "perDocument",
        LabelledPartsDeadline => "labelledParts",
        RecurringReportDeadline => "recurringReport",
        _ => "unrecognized",
    };

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void OptionalDate(Utf8JsonWriter json, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, Iso(date));
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
