using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of a swap of a weekday off for a weekend day worked.</summary>
internal sealed class WorkdaySwapDto
{
    public required LocalDate DayOff { get; init; }

    public required LocalDate WorkedOn { get; init; }

    public HolidayOccasion? Occasion { get; init; }

    public string? Source { get; init; }
}
