using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Tests.Calendar;

/// <summary>A day-by-day reference implementation built from HolidaysIn, to check the arithmetic of WorkingCalendar.</summary>
internal sealed class NaiveCalendar
{
    private readonly HashSet<LocalDate> _off = [];
    private readonly HashSet<LocalDate> _worked = [];

    public NaiveCalendar(WorkingCalendar calendar)
    {
        for (var year = 2000; year <= 2199; year++)
        {
            foreach (var holiday in calendar.HolidaysIn(year))
            {
                _off.UnionWith(holiday.Dates);
                _worked.UnionWith(holiday.MakeUpDates);
            }
        }
    }

    public bool IsWorkingDay(LocalDate date) =>
        _worked.Contains(date) || (date.DayOfWeek < IsoDayOfWeek.Saturday && !_off.Contains(date));

    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        var step = Math.Sign(count);
        var date = start;
        for (var left = Math.Abs(count); left > 0;)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    public int CountWorkingDays(LocalDate startExclusive, LocalDate endInclusive)
    {
        var count = 0;
        for (var d = startExclusive.PlusDays(1); d <= endInclusive; d = d.PlusDays(1))
        {
            count += IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
