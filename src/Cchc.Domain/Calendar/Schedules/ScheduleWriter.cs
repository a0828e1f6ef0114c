using System.Text.Json;
using Cchc.Domain.Json;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Writes official schedules in the member order of <see cref="ScheduleFormat"/>, as canonical JSON.</summary>
internal static class ScheduleWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<OfficialSchedule> schedules)
    {
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", OfficialScheduleJson.SchemaVersion);
        writer.WriteStartArray("schedules");
        foreach (var schedule in schedules)
        {
            if (schedule is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            writer.WriteNumber("year", schedule.Year);
            writer.Optional("source", schedule.Source);
            writer.WriteStartArray("holidays");
            foreach (var holiday in schedule.Holidays)
            {
                Write(writer, holiday);
            }

            writer.WriteEndArray();
            writer.List("swaps", [.. schedule.Swaps], static (w, s) =>
            {
                w.WriteStartObject();
                w.WriteString("dayOff", LocalDatePattern.Iso.Format(s.DayOff));
                w.WriteString("workedOn", LocalDatePattern.Iso.Format(s.WorkedOn));
                w.Code("occasion", s.Occasion);
                w.Optional("source", s.Source);
                w.WriteEndObject();
            });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ScheduledHoliday? holiday)
    {
        if (holiday is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.Code("occasion", (HolidayOccasion?)holiday.Occasion);
        Dates(writer, "days", holiday.Days);
        if (holiday.CompensatoryDays is { } compensatory)
        {
            Dates(writer, "compensatoryDays", compensatory);
        }

        writer.Optional("nameVi", holiday.NameVi);
        writer.Optional("nameEn", holiday.NameEn);
        writer.Optional("source", holiday.Source);
        writer.WriteEndObject();
    }

    /// <summary>A list of dates, written even when empty (an empty <c>compensatoryDays</c> says "none", unlike a missing one).</summary>
    private static void Dates(Utf8JsonWriter writer, string name, IReadOnlyList<LocalDate> dates)
    {
        writer.WriteStartArray(name);
        foreach (var date in dates)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
        }

        writer.WriteEndArray();
    }
}
