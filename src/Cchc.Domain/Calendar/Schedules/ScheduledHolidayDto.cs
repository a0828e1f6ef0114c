using NodaTime;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of the days off of one occasion.</summary>
internal sealed class ScheduledHolidayDto
{
    public required HolidayOccasion Occasion { get; set; }

    public required List<LocalDate> Days { get; set; }

    public List<LocalDate>? CompensatoryDays { get; set; }

    public string? NameVi { get; set; }

    public string? NameEn { get; set; }

    public string? Source { get; set; }
}
