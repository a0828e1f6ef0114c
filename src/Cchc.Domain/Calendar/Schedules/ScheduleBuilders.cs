#pragma warning disable MA0048 // The builders of the official-schedules format live together.
using NodaTime;

namespace Cchc.Domain.Calendar.Schedules;

// What the one-pass reader of official-schedules documents fills (see ScheduleFormat).

internal sealed class SchedulesDocumentBuilder
{
    public string? SchemaVersion { get; set; }

    public ValueList<OfficialSchedule> Schedules { get; set; }
}

internal sealed class ScheduleBuilder
{
    public int Year { get; set; }

    public string? Source { get; set; }

    public ValueList<ScheduledHoliday> Holidays { get; set; }

    public ValueList<WorkdaySwap> Swaps { get; set; }

    public OfficialSchedule Build() => new(Year, Holidays, Swaps) { Source = Source };
}

internal sealed class HolidayBuilder
{
    public HolidayOccasion Occasion { get; set; }

    public ValueList<LocalDate> Days { get; set; }

    public ValueList<LocalDate>? CompensatoryDays { get; set; }

    public string? NameVi { get; set; }

    public string? NameEn { get; set; }

    public string? Source { get; set; }

    public ScheduledHoliday Build() => new(Occasion, Days)
    {
        CompensatoryDays = CompensatoryDays is { } days ? [.. days] : null,
        NameVi = NameVi,
        NameEn = NameEn,
        Source = Source,
    };
}

internal sealed class SwapBuilder
{
    public LocalDate DayOff { get; set; }

    public LocalDate WorkedOn { get; set; }

    public HolidayOccasion? Occasion { get; set; }

    public string? Source { get; set; }

    public WorkdaySwap Build() => new(DayOff, WorkedOn) { Occasion = Occasion, Source = Source };
}
