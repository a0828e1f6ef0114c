using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// Hoán đổi ngày làm việc: a working day (usually a Monday or Friday bridging a holiday and a weekend) is
/// given off, and a weekend day (usually a Saturday) is worked instead (làm bù).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="DayOff">The weekday given off.</param>
/// <param name="WorkedOn">The weekend day worked in exchange.</param>
public sealed record WorkdaySwap(LocalDate DayOff, LocalDate WorkedOn)
{
    /// <summary>The holiday the swap bridges to, when known.</summary>
    public HolidayOccasion? Occasion { get; init; }

    /// <summary>The notice or decision that orders the swap.</summary>
    public string? Source { get; init; }
}
