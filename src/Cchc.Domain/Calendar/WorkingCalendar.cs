using System.Collections.Immutable;
using System.Globalization;
using Cchc.Domain.Calendar.Schedules;
using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// The working days (ngày làm việc) of Vietnamese state agencies: Monday to Friday, minus public holidays,
/// compensatory days (nghỉ bù) and swapped days off, plus the Saturdays worked in exchange (làm bù).
/// </summary>
/// <remarks>
/// <para>Holidays follow the Labour Code in force each year (BLLĐ 2019 from 2021, BLLĐ 2012 for
/// 2013–2020, BLLĐ 1994 before), overlaid by the official schedules announced each year; see
/// <see cref="Default"/>. A year without an announced schedule follows the rules, with the documented
/// default for the Prime Minister's choices; its entries are marked <see cref="PublicHoliday.IsProvisional"/>.</para>
/// <para>Supported dates: 1 January 2000 to 31 December 2199 (<see cref="MinDate"/>, <see cref="MaxDate"/>).</para>
/// <para>Counting does not walk day by day: the cost of <see cref="AddWorkingDays"/> and
/// <see cref="CountWorkingDays"/> is logarithmic in the number of holidays, whatever the count.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; <see cref="With(OfficialSchedule)"/> returns a new calendar.</threadsafety>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> BuiltIn = new(
        () => new WorkingCalendar(BuiltInSchedules.Load()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly int MinJdn = DayNumber.Of(new LocalDate(CalendarYears.FirstWorkingYear, 1, 1));
    private static readonly int MaxJdn = DayNumber.Of(new LocalDate(CalendarYears.LastWorkingYear, 12, 31));

    private readonly ImmutableSortedDictionary<int, OfficialSchedule> _schedules;
    private readonly Lazy<WorkingDayIndex> _index;

    private WorkingCalendar(ImmutableSortedDictionary<int, OfficialSchedule> schedules)
    {
        _schedules = schedules;
        _index = new Lazy<WorkingDayIndex>(BuildIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private WorkingCalendar(IEnumerable<OfficialSchedule> schedules)
        : this(Merge(ImmutableSortedDictionary<int, OfficialSchedule>.Empty, schedules))
    {
    }

    /// <summary>
    /// The civil-servant calendar with the official schedules of 2020–2026 built in (an embedded JSON
    /// resource, each entry with its notice or decision); later years follow the rules until a schedule is
    /// registered with <see cref="With(OfficialSchedule)"/>.
    /// </summary>
    public static WorkingCalendar Default => BuiltIn.Value;

    /// <summary>The calendar of the Labour Code's rules alone, without any official schedule.</summary>
    public static WorkingCalendar RulesOnly { get; } = new(ImmutableSortedDictionary<int, OfficialSchedule>.Empty);

    /// <summary>The first supported date, 1 January 2000.</summary>
    public static LocalDate MinDate { get; } = new(CalendarYears.FirstWorkingYear, 1, 1);

    /// <summary>The last supported date, 31 December 2199.</summary>
    public static LocalDate MaxDate { get; } = new(CalendarYears.LastWorkingYear, 12, 31);

    /// <summary>The official schedules of this calendar, by year.</summary>
    public IReadOnlyList<OfficialSchedule> OfficialSchedules => [.. _schedules.Values];

    /// <summary>The official schedule of <paramref name="year"/>, or <see langword="null"/> when none is known (the year follows the rules).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule or <see langword="null"/>.</returns>
    public OfficialSchedule? ScheduleFor(int year) => _schedules.GetValueOrDefault(year);

    /// <summary>
    /// A new calendar with <paramref name="schedule"/> registered: merged into the schedule already known
    /// for its year (its occasions replace those announced before; see <see cref="OfficialSchedule.Merge"/>).
    /// This calendar is not changed.
    /// </summary>
    /// <param name="schedule">The announced schedule.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentException">The schedule is not valid (its year is out of range, a swap's worked day is not a weekend day…); the message lists the diagnostics.</exception>
    public WorkingCalendar With(OfficialSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return With([schedule]);
    }

    /// <summary>A new calendar with every schedule of <paramref name="schedules"/> registered, in order (see <see cref="With(OfficialSchedule)"/>).</summary>
    /// <param name="schedules">The announced schedules.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentException">A schedule is not valid.</exception>
    public WorkingCalendar With(IEnumerable<OfficialSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var list = schedules.ToList();
        foreach (var schedule in list)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(schedules));
            var errors = OfficialScheduleValidator.Validate(schedule, string.Empty).Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The schedule of {schedule.Year} is not valid: {string.Join("; ", errors)}"),
                    nameof(schedules));
            }
        }

        return new WorkingCalendar(Merge(_schedules, list));
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">A date from 2000 to 2199.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is out of range.</exception>
    public bool IsWorkingDay(LocalDate date) => _index.Value.IsWorkingDay(Check(date, nameof(date)));

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="start"/> (the start day itself is not
    /// counted, as in "chậm nhất sau 05 ngày làm việc kể từ ngày nhận"), or, for a negative count, the
    /// |<paramref name="count"/>|-th working day before it. A count of 0 returns <paramref name="start"/> itself.
    /// </summary>
    /// <param name="start">The day the counting starts from (not counted; it may be a day off).</param>
    /// <param name="count">The number of working days.</param>
    /// <returns>A working day (for a non-zero count).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or the result is outside 2000–2199.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        var jdn = Check(start, nameof(start));
        if (count == 0)
        {
            return start;
        }

        var found = count > 0 ? Forward(_index.Value, jdn, count) : Backward(_index.Value, jdn, count);
        return DayNumber.ToDate(found);
    }

    /// <summary>The day number of the <paramref name="count"/>-th working day after <paramref name="jdn"/> (count &gt; 0).</summary>
    private static int Forward(WorkingDayIndex index, int jdn, int count)
    {
        // In long arithmetic: a count near int.MaxValue is out of range, not an overflow.
        var wanted = (long)index.WorkingDaysBefore(jdn + 1) + count;
        if (wanted > index.WorkingDaysBefore(MaxJdn + 1))
        {
            throw OutOfRange(nameof(count), count);
        }

        var target = (int)wanted;
        var low = jdn + 1;
        var step = (int)Math.Min(((long)count * 7 / 5) + 14, int.MaxValue / 2);
        var high = (int)Math.Min((long)low + step, MaxJdn + 1L);
        while (index.WorkingDaysBefore(high) < target)
        {
            low = high;
            step = (int)Math.Min(step * 2L, int.MaxValue / 2);
            high = (int)Math.Min((long)high + step, MaxJdn + 1L);
        }

        return index.FirstReaching(target, low, high) - 1;
    }

    /// <summary>The day number of the |<paramref name="count"/>|-th working day before <paramref name="jdn"/> (count &lt; 0).</summary>
    private static int Backward(WorkingDayIndex index, int jdn, int count)
    {
        var wanted = (long)index.WorkingDaysBefore(jdn) + count + 1;
        if (wanted <= index.WorkingDaysBefore(MinJdn))
        {
            throw OutOfRange(nameof(count), count);
        }

        var target = (int)wanted;
        var high = jdn;
        var step = (int)Math.Min((-(long)count * 7 / 5) + 14, int.MaxValue / 2);
        var low = (int)Math.Max((long)high - step, MinJdn);
        while (index.WorkingDaysBefore(low) >= target)
        {
            high = low;
            step = (int)Math.Min(step * 2L, int.MaxValue / 2);
            low = (int)Math.Max((long)low - step, MinJdn);
        }

        return index.FirstReaching(target, low, high) - 1;
    }

    /// <summary>
    /// The number of working days after <paramref name="startExclusive"/> up to and including
    /// <paramref name="endInclusive"/>; negative (minus the count the other way) when the end is before the start.
    /// </summary>
    /// <param name="startExclusive">The day after which counting starts (not counted).</param>
    /// <param name="endInclusive">The last day counted.</param>
    /// <returns>The number of working days in (start, end], or its negation for (end, start].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is out of range.</exception>
    public int CountWorkingDays(LocalDate startExclusive, LocalDate endInclusive)
    {
        var start = Check(startExclusive, nameof(startExclusive));
        var end = Check(endInclusive, nameof(endInclusive));
        var index = _index.Value;
        return index.WorkingDaysBefore(end + 1) - index.WorkingDaysBefore(start + 1);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, else the next working day — the roll-forward
    /// of Bộ luật Dân sự 2015 Điều 148 for a period ending on a day off.
    /// </summary>
    /// <param name="date">A date.</param>
    /// <returns>A working day on or after <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    public LocalDate WorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, else the previous working day — where a fixed limit
    /// on a day off moves by default (docs/deadlines.md), and the last working day of a period.
    /// </summary>
    /// <param name="date">A date.</param>
    /// <returns>A working day on or before <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is out of range.</exception>
    public LocalDate WorkingDayOnOrBefore(LocalDate date) => IsWorkingDay(date) ? date : PreviousWorkingDay(date);

    /// <summary>The days off of <paramref name="year"/>: statutory holidays, compensatory days and swaps, ordered by date.</summary>
    /// <param name="year">A year, 2000–2199.</param>
    /// <returns>The entries; weekend days are included where the law's days fall on them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public IReadOnlyList<PublicHoliday> HolidaysIn(int year)
    {
        if (!CalendarYears.IsWorkingYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The working calendar is supported for 2000 to 2199.");
        }

        return HolidayYear.Resolve(year, ScheduleFor(year));
    }

    /// <summary>The holiday entries that include <paramref name="date"/> as a day off or as a worked day (làm bù); empty on ordinary days.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The entries concerned.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is out of range.</exception>
    public IReadOnlyList<PublicHoliday> HolidaysOn(LocalDate date)
    {
        Check(date, nameof(date));
        var years = new[] { date.Year - 1, date.Year, date.Year + 1 }.Where(y => y >= MinDate.Year && y <= MaxDate.Year);
        return [.. years.SelectMany(HolidaysIn).Where(h => h.Dates.Contains(date) || h.MakeUpDates.Contains(date))];
    }

    private WorkingDayIndex BuildIndex()
    {
        var off = new List<int>();
        var worked = new List<int>();
        for (var year = MinDate.Year; year <= MaxDate.Year; year++)
        {
            foreach (var holiday in HolidayYear.Resolve(year, ScheduleFor(year)))
            {
                off.AddRange(holiday.Dates.Select(DayNumber.Of).Where(d => !DayNumber.IsWeekend(d)));
                worked.AddRange(holiday.MakeUpDates.Select(DayNumber.Of).Where(DayNumber.IsWeekend));
            }
        }

        return new WorkingDayIndex(off, worked.Except(off));
    }

    private static ImmutableSortedDictionary<int, OfficialSchedule> Merge(ImmutableSortedDictionary<int, OfficialSchedule> known, IEnumerable<OfficialSchedule> schedules)
    {
        foreach (var schedule in schedules)
        {
            known = known.SetItem(schedule.Year, known.TryGetValue(schedule.Year, out var existing) ? existing.Merge(schedule) : schedule);
        }

        return known;
    }

    private static int Check(LocalDate date, string name)
    {
        var jdn = DayNumber.Of(date);
        return jdn < MinJdn || jdn > MaxJdn
            ? throw new ArgumentOutOfRangeException(name, date, "The working calendar is supported from 2000-01-01 to 2199-12-31.")
            : jdn;
    }

    private static ArgumentOutOfRangeException OutOfRange(string name, int count) =>
        new(name, count, "The result would be outside the supported range 2000-01-01 to 2199-12-31.");
}
