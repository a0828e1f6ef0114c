using Cchc.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    // Weekdays off and Saturdays worked by civil servants, from research/calendar.md §2.2.
    public static TheoryData<int, string, string> OfficialYears() => new()
    {
        { 2020, "01-01 01-23 01-24 01-27 01-28 01-29 04-02 04-30 05-01 09-02", "" },
        { 2021, "01-01 02-10 02-11 02-12 02-15 02-16 04-21 04-30 05-03 09-02 09-03", "" },
        { 2022, "01-03 01-31 02-01 02-02 02-03 02-04 04-11 05-02 05-03 09-01 09-02", "" },
        { 2023, "01-02 01-20 01-23 01-24 01-25 01-26 05-01 05-02 05-03 09-01 09-04", "" },
        { 2024, "01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-29 04-30 05-01 09-02 09-03", "05-04" },
        { 2025, "01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 05-02 09-01 09-02", "04-26" },
        { 2026, "01-01 01-02 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02", "01-10 08-22" },
    };

    [Theory]
    [MemberData(nameof(OfficialYears))]
    public void Official_schedules_give_the_announced_days_off_and_worked_Saturdays(int year, string weekdaysOff, string weekendsWorked)
    {
        var (off, worked) = Exceptions(Calendar, year);
        Assert.Equal(Dates(year, weekdaysOff), off);
        Assert.Equal(Dates(year, weekendsWorked), worked);
    }

    [Theory]
    [MemberData(nameof(OfficialYears))]
    public void The_default_rule_reproduces_the_choices_made_2020_to_2026_apart_from_swaps(int year, string weekdaysOff, string weekendsWorked)
    {
        _ = weekendsWorked;
        var swapped = Calendar.HolidaysIn(year).Where(h => h.Kind == HolidayKind.Swap).SelectMany(h => h.Dates).ToHashSet();
        var (off, worked) = Exceptions(WorkingCalendar.RulesOnly, year);
        Assert.Equal(Dates(year, weekdaysOff).Where(d => !swapped.Contains(d)), off);
        Assert.Empty(worked);
        Assert.All(WorkingCalendar.RulesOnly.HolidaysIn(year), h => Assert.True(h.IsProvisional));
    }

    [Fact]
    public void HolidaysIn_names_kinds_and_sources()
    {
        var holidays = Calendar.HolidaysIn(2024);
        var tet = Assert.Single(holidays, h => h is { Occasion: HolidayOccasion.LunarNewYear, Kind: HolidayKind.Statutory });
        Assert.Equal("Tết Nguyên đán", tet.NameVi);
        Assert.Equal("Lunar New Year (Tết)", tet.NameEn);
        Assert.Equal(new LocalDate(2024, 2, 8), tet.First);
        Assert.Equal(new LocalDate(2024, 2, 12), tet.Last);
        Assert.False(tet.IsProvisional);
        Assert.Contains("5015/TB-LĐTBXH", tet.Source, StringComparison.Ordinal);

        var bu = Assert.Single(holidays, h => h is { Occasion: HolidayOccasion.LunarNewYear, Kind: HolidayKind.Compensatory });
        Assert.Equal([new LocalDate(2024, 2, 13), new LocalDate(2024, 2, 14)], bu.Dates);
        Assert.StartsWith("Nghỉ bù", bu.NameVi, StringComparison.Ordinal);

        var swap = Assert.Single(holidays, h => h.Kind == HolidayKind.Swap);
        Assert.Equal([new LocalDate(2024, 4, 29)], swap.Dates);
        Assert.Equal([new LocalDate(2024, 5, 4)], swap.MakeUpDates);
        Assert.Contains("2450/VPCP-KGVX", swap.Source, StringComparison.Ordinal);

        var hungKings = Assert.Single(holidays, h => h.Occasion == HolidayOccasion.HungKings);
        Assert.Equal([new LocalDate(2024, 4, 18)], hungKings.Dates);
        Assert.True(hungKings.IsProvisional);
        Assert.Equal(holidays.OrderBy(h => h.First).Select(h => h.First), holidays.Select(h => h.First));
    }

    [Theory]
    [InlineData(2012, 9)]
    [InlineData(2006, 8)]
    [InlineData(2020, 10)]
    [InlineData(2021, 11)]
    [InlineData(2030, 11)]
    public void Statutory_days_follow_the_Labour_Code_of_the_year(int year, int days)
    {
        var statutory = WorkingCalendar.RulesOnly.HolidaysIn(year).Where(h => h.Kind == HolidayKind.Statutory).Sum(h => h.Dates.Count);
        Assert.Equal(days, statutory);
    }

    [Fact]
    public void A_year_without_a_schedule_is_provisional_and_gets_compensatory_days()
    {
        // 2027: Tết Đinh Mùi is Saturday 6 February; 2/9 is a Thursday.
        var holidays = Calendar.HolidaysIn(2027);
        Assert.Null(Calendar.ScheduleFor(2027));
        Assert.All(holidays, h => Assert.True(h.IsProvisional));
        var tet = Assert.Single(holidays, h => h is { Occasion: HolidayOccasion.LunarNewYear, Kind: HolidayKind.Statutory });
        Assert.Equal(new LocalDate(2027, 2, 4), tet.First);
        var bu = Assert.Single(holidays, h => h is { Occasion: HolidayOccasion.LunarNewYear, Kind: HolidayKind.Compensatory });
        Assert.Equal([new LocalDate(2027, 2, 9), new LocalDate(2027, 2, 10)], bu.Dates);
        var national = Assert.Single(holidays, h => h is { Occasion: HolidayOccasion.NationalDay, Kind: HolidayKind.Statutory });
        Assert.Equal([new LocalDate(2027, 9, 2), new LocalDate(2027, 9, 3)], national.Dates);
    }

    [Fact]
    public void Five_working_days_after_receipt_skip_Tet()
    {
        // "Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn", received Wednesday 07/02/2024.
        Assert.Equal(new LocalDate(2024, 2, 21), Calendar.AddWorkingDays(new LocalDate(2024, 2, 7), 5));
        Assert.Equal(5, Calendar.CountWorkingDays(new LocalDate(2024, 2, 7), new LocalDate(2024, 2, 21)));
    }

    [Fact]
    public void A_swapped_Saturday_counts_as_a_working_day()
    {
        // Received Friday 26/04/2024: 29/4 (swap), 30/4, 1/5 off; Saturday 4/5 worked.
        Assert.Equal(new LocalDate(2024, 5, 7), Calendar.AddWorkingDays(new LocalDate(2024, 4, 26), 5));
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2024, 5, 4)));
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2024, 4, 29)));
        Assert.Equal(new LocalDate(2024, 5, 2), Calendar.NextWorkingDay(new LocalDate(2024, 4, 26)));
        Assert.Equal(new LocalDate(2024, 4, 26), Calendar.PreviousWorkingDay(new LocalDate(2024, 5, 2)));
        Assert.Equal(new LocalDate(2024, 5, 2), Calendar.WorkingDayOnOrAfter(new LocalDate(2024, 4, 27)));
        Assert.Equal(new LocalDate(2024, 5, 2), Calendar.WorkingDayOnOrAfter(new LocalDate(2024, 5, 2)));
    }

    [Fact]
    public void Zero_and_negative_counts()
    {
        var sunday = new LocalDate(2024, 2, 11);
        Assert.Equal(sunday, Calendar.AddWorkingDays(sunday, 0));
        Assert.Equal(new LocalDate(2024, 2, 7), Calendar.AddWorkingDays(new LocalDate(2024, 2, 15), -1));
        Assert.Equal(-5, Calendar.CountWorkingDays(new LocalDate(2024, 2, 21), new LocalDate(2024, 2, 7)));
        Assert.Equal(0, Calendar.CountWorkingDays(sunday, sunday));
    }

    [Fact]
    public void HolidaysOn_explains_a_day()
    {
        Assert.Contains(Calendar.HolidaysOn(new LocalDate(2026, 1, 10)), h => h.Kind == HolidayKind.Swap);
        Assert.Contains(Calendar.HolidaysOn(new LocalDate(2026, 2, 17)), h => h.Occasion == HolidayOccasion.LunarNewYear);
        Assert.Empty(Calendar.HolidaysOn(new LocalDate(2026, 3, 17)));
    }

    [Fact]
    public void Registering_a_schedule_returns_a_new_calendar()
    {
        // A hypothetical 2027 announcement: Ngày Văn hóa Việt Nam 24/11 and a swap.
        var schedule = new OfficialSchedule(
            2027,
            [new ScheduledHoliday(HolidayOccasion.Other, [new LocalDate(2027, 11, 24)]) { NameVi = "Ngày Văn hóa Việt Nam", NameEn = "Vietnam Culture Day" }],
            [new WorkdaySwap(new LocalDate(2027, 9, 1), new LocalDate(2027, 9, 11))]);
        var updated = Calendar.With(schedule);
        Assert.NotSame(Calendar, updated);
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2027, 11, 24)));
        Assert.False(updated.IsWorkingDay(new LocalDate(2027, 11, 24)));
        Assert.False(updated.IsWorkingDay(new LocalDate(2027, 9, 1)));
        Assert.True(updated.IsWorkingDay(new LocalDate(2027, 9, 11)));
        Assert.Same(schedule, updated.ScheduleFor(2027));
        Assert.Contains(updated.HolidaysIn(2027), h => string.Equals(h.NameVi, "Ngày Văn hóa Việt Nam", StringComparison.Ordinal) && !h.IsProvisional);
        Assert.Equal(Calendar.OfficialSchedules.Count + 1, updated.OfficialSchedules.Count);
    }

    [Fact]
    public void Registering_a_second_notice_merges_it_per_occasion()
    {
        var swap = new OfficialSchedule(2026, [], [new WorkdaySwap(new LocalDate(2026, 4, 29), new LocalDate(2026, 4, 25))]);
        var updated = Calendar.With(swap);
        Assert.False(updated.IsWorkingDay(new LocalDate(2026, 4, 29)));
        Assert.False(updated.IsWorkingDay(new LocalDate(2026, 2, 16)));
        Assert.False(updated.IsWorkingDay(new LocalDate(2026, 1, 2)));
        Assert.Equal(3, updated.ScheduleFor(2026)!.Swaps.Count);
    }

    [Fact]
    public void An_invalid_schedule_is_a_programmer_error()
    {
        var bad = new OfficialSchedule(2027, [], [new WorkdaySwap(new LocalDate(2027, 9, 1), new LocalDate(2027, 9, 8))]);
        var ex = Assert.Throws<ArgumentException>(() => Calendar.With(bad));
        Assert.Contains("CCHC3005", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Calendar.With((OfficialSchedule)null!));
    }

    [Fact]
    public void Range_is_2000_to_2199()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(1999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(2200, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysIn(1999));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2199, 12, 20), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2000, 1, 10), -30));
        Assert.Equal(new LocalDate(2199, 12, 31), Calendar.AddWorkingDays(new LocalDate(2199, 12, 30), 1));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - 1)]
    [InlineData(int.MinValue)]
    [InlineData(50_019)]
    public void Huge_counts_are_out_of_range_not_an_overflow(int count)
    {
        // cchc workdays add 2024-02-02 2147483647 used to crash with an OverflowException.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2024, 2, 2), count));
        Assert.Equal("count", ex.ParamName);
    }

    [Fact]
    public void The_whole_range_is_reachable_in_one_count()
    {
        var all = Calendar.CountWorkingDays(new LocalDate(2000, 1, 1), new LocalDate(2199, 12, 31));
        Assert.Equal(new LocalDate(2199, 12, 31), Calendar.AddWorkingDays(new LocalDate(2000, 1, 1), all));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2000, 1, 1), all + 1));
    }

    private static (List<LocalDate> Off, List<LocalDate> Worked) Exceptions(WorkingCalendar calendar, int year)
    {
        var off = new List<LocalDate>();
        var worked = new List<LocalDate>();
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
        {
            var weekend = d.DayOfWeek >= IsoDayOfWeek.Saturday;
            var working = calendar.IsWorkingDay(d);
            if (!weekend && !working)
            {
                off.Add(d);
            }
            else if (weekend && working)
            {
                worked.Add(d);
            }
        }

        return (off, worked);
    }

    private static List<LocalDate> Dates(int year, string monthDays) =>
        [.. monthDays.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(md => LocalDatePattern.Iso.Parse($"{year}-{md}").Value)];
}
