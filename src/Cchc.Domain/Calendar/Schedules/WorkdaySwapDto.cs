using NodaTime;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of a swap of a weekday off for a weekend day worked.</summary>
internal sealed class WorkdaySwapDto
{
    public required LocalDate DayOff { get; set; }

    public required LocalDate WorkedOn { get; set; }

    public HolidayOccasion? Occasion { get; set; }

    public string? Source { get; set; }
}
