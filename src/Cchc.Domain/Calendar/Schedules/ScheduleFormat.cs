using System.Text.Json;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The official-schedules format (docs/calendar.md) read in one pass, each object described once by its table of members.</summary>
internal sealed class ScheduleFormat : JsonFormat<SchedulesDocumentBuilder, IReadOnlyList<OfficialSchedule>>
{
    private static readonly JsonShape<HolidayBuilder> Holiday = new(
    [
        JsonMembers<HolidayBuilder>.Code<HolidayOccasion>("occasion", true, (b, v) => b.Occasion = v),
        JsonMembers<HolidayBuilder>.Dates("days", true, (b, v) => b.Days = v),
        JsonMembers<HolidayBuilder>.Dates("compensatoryDays", false, (b, v) => b.CompensatoryDays = v),
        JsonMembers<HolidayBuilder>.Text("nameVi", false, (b, v) => b.NameVi = v),
        JsonMembers<HolidayBuilder>.Text("nameEn", false, (b, v) => b.NameEn = v),
        JsonMembers<HolidayBuilder>.Text("source", false, (b, v) => b.Source = v),
    ]);

    private static readonly JsonShape<SwapBuilder> Swap = new(
    [
        JsonMembers<SwapBuilder>.Date("dayOff", true, (b, v) => b.DayOff = v),
        JsonMembers<SwapBuilder>.Date("workedOn", true, (b, v) => b.WorkedOn = v),
        JsonMembers<SwapBuilder>.Code<HolidayOccasion>("occasion", false, (b, v) => b.Occasion = v),
        JsonMembers<SwapBuilder>.Text("source", false, (b, v) => b.Source = v),
    ]);

    private static readonly JsonShape<ScheduleBuilder> Schedule = new(
    [
        JsonMembers<ScheduleBuilder>.Int32("year", true, (b, v) => b.Year = v),
        JsonMembers<ScheduleBuilder>.Text("source", false, (b, v) => b.Source = v),
        JsonMembers<ScheduleBuilder>.List("holidays", false, ReadHoliday, new ScheduledHoliday(default, []), (b, v) => b.Holidays = v),
        JsonMembers<ScheduleBuilder>.List("swaps", false, ReadSwap, new WorkdaySwap(default, default), (b, v) => b.Swaps = v),
    ]);

    private static readonly JsonShape<SchedulesDocumentBuilder> Document = new(
    [
        JsonMembers<SchedulesDocumentBuilder>.Text("$schema", false, static (_, _) => { }),
        JsonMembers<SchedulesDocumentBuilder>.Text("schemaVersion", true, (b, v) => b.SchemaVersion = v),
        JsonMembers<SchedulesDocumentBuilder>.List("schedules", true, ReadSchedule, new OfficialSchedule(0, []), (b, v) => b.Schedules = v),
    ]);

    public static ScheduleFormat Instance { get; } = new();

    protected override SchedulesDocumentBuilder? ReadRoot(ref JsonPass pass)
    {
        if (pass.Token != JsonTokenType.StartObject)
        {
            pass.WrongType(("an object", "một đối tượng"));
            return null;
        }

        var document = new SchedulesDocumentBuilder();
        _ = Document.Read(ref pass, document);
        return document;
    }

    protected override string? VersionOf(SchedulesDocumentBuilder builder) => builder.SchemaVersion;

    protected override IReadOnlyList<OfficialSchedule> Build(SchedulesDocumentBuilder builder) => builder.Schedules;

    /// <summary>Each schedule's rules (<see cref="OfficialScheduleValidator"/>), and a year given twice.</summary>
    protected override IEnumerable<Diagnostic> Validate(IReadOnlyList<OfficialSchedule> model)
    {
        var years = new HashSet<int>();
        for (var i = 0; i < model.Count; i++)
        {
            var path = JsonPointer.Append(JsonPointer.Append(JsonPointer.Root, "schedules"), i);
            foreach (var finding in OfficialScheduleValidator.Validate(model[i], path))
            {
                yield return finding;
            }

            if (!years.Add(model[i].Year))
            {
                yield return CalendarDiagnostics.DuplicateYear.Create(JsonPointer.Append(path, "year"), model[i].Year);
            }
        }
    }

    private static OfficialSchedule ReadSchedule(ref JsonPass pass) => Read(ref pass, Schedule, new ScheduleBuilder()).Build();

    private static ScheduledHoliday ReadHoliday(ref JsonPass pass) => Read(ref pass, Holiday, new HolidayBuilder()).Build();

    private static WorkdaySwap ReadSwap(ref JsonPass pass) => Read(ref pass, Swap, new SwapBuilder()).Build();

    private static TBuilder Read<TBuilder>(ref JsonPass pass, JsonShape<TBuilder> shape, TBuilder builder)
    {
        _ = shape.Read(ref pass, builder);
        return builder;
    }
}
