namespace Cchc.Domain.Calendar;

/// <summary>
/// The arithmetic behind <see cref="WorkingCalendar"/>: working days are the weekdays, minus the weekdays
/// off, plus the weekend days worked. Both kinds of exception are kept in one sorted array with a running
/// sum, so the number of working days before any day is a closed formula plus one binary search.
/// </summary>
internal sealed class WorkingDayIndex
{
    // Sorted JDNs of the exceptions, and _prefix[i] = sum of the deltas (-1 weekday off, +1 weekend worked) of the first i exceptions.
    private readonly int[] _days;
    private readonly int[] _prefix;
    private readonly sbyte[] _deltas;

    public WorkingDayIndex(IEnumerable<int> weekdaysOff, IEnumerable<int> weekendDaysWorked)
    {
        var exceptions = weekdaysOff.Select(d => (Day: d, Delta: (sbyte)-1))
            .Concat(weekendDaysWorked.Select(d => (Day: d, Delta: (sbyte)1)))
            .DistinctBy(e => e.Day)
            .OrderBy(e => e.Day)
            .ToArray();
        _days = [.. exceptions.Select(e => e.Day)];
        _deltas = [.. exceptions.Select(e => e.Delta)];
        _prefix = new int[_days.Length + 1];
        for (var i = 0; i < _days.Length; i++)
        {
            _prefix[i + 1] = _prefix[i] + _deltas[i];
        }
    }

    /// <summary>The number of exceptions (weekdays off and weekend days worked).</summary>
    public int ExceptionCount => _days.Length;

    public bool IsWorkingDay(int jdn)
    {
        var i = Array.BinarySearch(_days, jdn);
        return i >= 0 ? _deltas[i] > 0 : !DayNumber.IsWeekend(jdn);
    }

    /// <summary>The number of working days among the days [0, <paramref name="jdn"/>) (JDN 0 is a Monday).</summary>
    public int WorkingDaysBefore(int jdn)
    {
        var weeks = Math.DivRem(jdn, 7, out var rest);
        var weekdays = (5 * weeks) + Math.Min(rest, 5);
        var i = Array.BinarySearch(_days, jdn);
        var before = i >= 0 ? i : ~i;
        return weekdays + _prefix[before];
    }

    /// <summary>
    /// The smallest n in (<paramref name="low"/>, <paramref name="high"/>] with
    /// <c>WorkingDaysBefore(n) &gt;= target</c>, given <c>WorkingDaysBefore(low) &lt; target &lt;= WorkingDaysBefore(high)</c>.
    /// The day n − 1 is then the working day at which the count of working days reaches <paramref name="target"/>.
    /// </summary>
    public int FirstReaching(int target, int low, int high)
    {
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (WorkingDaysBefore(middle) >= target)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }
}
