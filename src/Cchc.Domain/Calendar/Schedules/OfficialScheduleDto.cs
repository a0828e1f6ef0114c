using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of one year's schedule.</summary>
internal sealed class OfficialScheduleDto
{
    public required int Year { get; init; }

    public string? Source { get; init; }

    public List<ScheduledHolidayDto>? Holidays { get; init; }

    public List<WorkdaySwapDto>? Swaps { get; init; }
}
