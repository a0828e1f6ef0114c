using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>Grace counted in calendar days: the last on-time date is the due date plus the grace days, at most <see cref="LocalDate.MaxIsoValue"/> (31 December 9999).</summary>
public sealed class CalendarDayGrace : ITimelinessCalendar
{
    private CalendarDayGrace()
    {
    }

    /// <summary>The single instance.</summary>
    public static CalendarDayGrace Instance { get; } = new();

    /// <inheritdoc />
    public LocalDate LastOnTimeDate(LocalDate due, int graceDays)
    {
        if (graceDays <= 0)
        {
            return due;
        }

        return graceDays < Period.DaysBetween(due, LocalDate.MaxIsoValue) ? due.PlusDays(graceDays) : LocalDate.MaxIsoValue;
    }
}
