using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>Grace counted in calendar days: the last on-time date is the due date plus the grace days.</summary>
public sealed class CalendarDayGrace : ITimelinessCalendar
{
    private CalendarDayGrace()
    {
    }

    /// <summary>The single instance.</summary>
    public static CalendarDayGrace Instance { get; } = new();

    /// <inheritdoc />
    public LocalDate LastOnTimeDate(LocalDate due, int graceDays) => graceDays <= 0 ? due : due.PlusDays(graceDays);
}
