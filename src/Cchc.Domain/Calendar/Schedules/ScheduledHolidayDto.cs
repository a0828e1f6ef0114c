using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of the days off of one occasion.</summary>
internal sealed class ScheduledHolidayDto
{
    public required HolidayOccasion Occasion { get; init; }

    public required List<LocalDate> Days { get; init; }

    public List<LocalDate>? CompensatoryDays { get; init; }

    public string? NameVi { get; init; }

    public string? NameEn { get; init; }

    public string? Source { get; init; }
}
