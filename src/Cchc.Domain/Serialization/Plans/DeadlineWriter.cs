using System.Text.Json;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Json;
using NodaTime.Text;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Writes a task's deadline as its phrase (<c>deadline</c>) and, when the phrase alone does not read back to it, its structure (<c>due</c>).</summary>
internal static class DeadlineWriter
{
    /// <summary>
    /// Writes <c>deadline</c> and <c>due</c>: the structure only when the phrase alone does not read back to the same
    /// deadline (a phrase the parser understands, or one it does not kept as unrecognized, needs none).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Deadline? deadline, int planYear)
    {
        if (deadline is null)
        {
            return;
        }

        writer.Optional("deadline", deadline.Text);
        if (deadline.Text is not null
            && (Deadline.TryParse(deadline.Text, planYear, out var parsed) ? parsed : new UnrecognizedDeadline(deadline.Text)) == deadline)
        {
            return;
        }

        writer.WritePropertyName("due");
        WriteStructure(writer, deadline);
    }

    private static void WriteStructure(Utf8JsonWriter writer, Deadline deadline)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", DeadlineShapes.Kinds[KindOf(deadline)]);
        WriteMembers(writer, deadline);
        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, Deadline deadline)
    {
        switch (deadline)
        {
            case OnDateDeadline d:
                writer.WriteString("date", LocalDatePattern.Iso.Format(d.Date));
                break;
            case ByDateDeadline d:
                writer.WriteString("date", LocalDatePattern.Iso.Format(d.Date));
                break;
            case NoLaterThanDeadline d:
                writer.WriteString("date", LocalDatePattern.Iso.Format(d.Date));
                break;
            case MonthDeadline d:
                writer.WriteString("month", YearMonthPattern.Iso.Format(d.Month));
                break;
            case QuarterDeadline d:
                writer.WriteNumber("year", d.Year);
                writer.WriteNumber("quarter", d.Quarter);
                break;
            case HalfYearDeadline d:
                writer.WriteNumber("year", d.Year);
                writer.WriteNumber("half", d.Half);
                break;
            case NineMonthsDeadline d:
                writer.WriteNumber("year", d.Year);
                break;
            case YearDeadline d:
                writer.WriteNumber("year", d.Year);
                break;
            case WorkingDaysAfterEventDeadline d:
                writer.WriteNumber("workingDays", d.WorkingDays);
                writer.Optional("event", d.Event);
                break;
            case DaysAfterEventDeadline d:
                writer.WriteNumber("days", d.Days);
                writer.Optional("event", d.Event);
                break;
            case DirectedDeadline d:
                writer.Optional("authority", d.Authority);
                break;
            case PerDocumentDeadline d:
                writer.Optional("document", d.Document);
                break;
            case RecurringReportDeadline d:
                WriteParts(writer, d.Parts, static (w, p) =>
                {
                    w.Code("period", (Reporting.ReportingPeriodKind?)p.Kind);
                    w.WriteNumber("year", p.Year);
                    w.Optional("month", p.Month);
                    WritePartDue(w, p.Due);
                });
                break;
            case LabelledPartsDeadline d:
                WriteParts(writer, d.Parts, static (w, p) =>
                {
                    w.Optional("label", p.Label);
                    WritePartDue(w, p.Deadline);
                });
                break;
        }
    }

    /// <summary>The index of the kind in <see cref="DeadlineShapes.Kinds"/>.</summary>
    private static int KindOf(Deadline deadline) => deadline switch
    {
        OnDateDeadline => 0,
        ByDateDeadline => 1,
        NoLaterThanDeadline => 2,
        MonthDeadline => 3,
        QuarterDeadline => 4,
        HalfYearDeadline => 5,
        NineMonthsDeadline => 6,
        YearDeadline => 7,
        WorkingDaysAfterEventDeadline => 8,
        DaysAfterEventDeadline => 9,
        OngoingDeadline => 10,
        DirectedDeadline => 11,
        PerDocumentDeadline => 12,
        RecurringReportDeadline => 13,
        LabelledPartsDeadline => 14,
        UnrecognizedDeadline => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unknown deadline kind."),
    };

    private static void WriteParts<TPart>(Utf8JsonWriter writer, ValueList<TPart> parts, Action<Utf8JsonWriter, TPart> write)
    {
        writer.WriteStartArray("parts");
        foreach (var part in parts)
        {
            if (part is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            write(writer, part);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A part's phrase and structure; a deadline left null (only in code) is written as missing, which the read-back reports.</summary>
    private static void WritePartDue(Utf8JsonWriter writer, Deadline? due)
    {
        writer.Optional("text", due?.Text);
        if (due is not null)
        {
            writer.WritePropertyName("due");
            WriteStructure(writer, due);
        }
    }
}
