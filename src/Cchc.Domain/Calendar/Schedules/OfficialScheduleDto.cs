namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of one year's schedule.</summary>
internal sealed class OfficialScheduleDto
{
    public required int Year { get; set; }

    public string? Source { get; set; }

    public List<ScheduledHolidayDto>? Holidays { get; set; }

    public List<WorkdaySwapDto>? Swaps { get; set; }
}
