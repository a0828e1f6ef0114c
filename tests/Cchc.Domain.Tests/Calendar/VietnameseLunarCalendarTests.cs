using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    public static TheoryData<int, LocalDate, string> TetRows()
    {
        var data = new TheoryData<int, LocalDate, string>();
        foreach (var (year, vietnam, _, source) in CalendarData.TetDates())
        {
            data.Add(year, vietnam, source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TetRows))]
    public void Tet_matches_the_research_table(int year, LocalDate expected, string source)
    {
        // 1925: Hồ Ngọc Đức's table has 25 January, which neither UTC+7 nor UTC+8 explains (the new moon
        // was at 14:45 UT on 24 January); this library documents 24 January, the Chinese date.
        if (year == 1925)
        {
            Assert.Contains("DISAGREE", source, StringComparison.Ordinal);
            Assert.Equal(new LocalDate(1925, 1, 24), VietnameseLunarCalendar.LunarNewYear(year));
            return;
        }

        Assert.Equal(expected, VietnameseLunarCalendar.LunarNewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(expected));
    }

    [Fact]
    public void The_research_table_covers_1900_to_2100()
    {
        var years = CalendarData.TetDates().Select(r => r.Year).ToList();
        Assert.Equal(Enumerable.Range(1900, 201), years);
    }

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1969, "1969-02-16", "1969-02-17")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void Tet_is_a_day_before_Chinese_New_Year_in_the_UTC7_years(int year, string tet, string chineseNewYear)
    {
        var vietnam = NodaTime.Text.LocalDatePattern.Iso.Parse(tet).Value;
        var china = NodaTime.Text.LocalDatePattern.Iso.Parse(chineseNewYear).Value;
        Assert.Equal(vietnam, VietnameseLunarCalendar.LunarNewYear(year));
        Assert.Equal(new LunarDate(year, 1, 2), VietnameseLunarCalendar.ToLunar(china));
    }

    [Fact]
    public void In_1985_Tet_is_a_month_before_Chinese_New_Year_and_month_2_is_leap()
    {
        Assert.Equal(new LocalDate(1985, 1, 21), VietnameseLunarCalendar.LunarNewYear(1985));
        Assert.Equal(new LunarDate(1985, 2, 1), VietnameseLunarCalendar.ToLunar(new LocalDate(1985, 2, 20)));
        Assert.Equal(2, VietnameseLunarCalendar.LeapMonthOf(1985));
        Assert.Null(VietnameseLunarCalendar.LeapMonthOf(1984));
    }

    [Theory]
    [InlineData(1993, 3)]
    [InlineData(2001, 4)]
    [InlineData(2004, 2)]
    [InlineData(2006, 7)]
    [InlineData(2009, 5)]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    [InlineData(2050, 3)]
    public void Leap_months_of_known_years(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonthOf(year));
        Assert.Equal(13, VietnameseLunarCalendar.MonthsOf(year).Count);
        var leapStart = VietnameseLunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1, isLeapMonth: true));
        var regularEnd = VietnameseLunarCalendar.ToSolar(new LunarDate(year, leapMonth, VietnameseLunarCalendar.MonthLength(year, leapMonth)));
        Assert.Equal(regularEnd.PlusDays(1), leapStart);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void Years_without_a_leap_month_have_twelve_months(int year)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonthOf(year));
        Assert.Equal(12, VietnameseLunarCalendar.MonthsOf(year).Count);
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(year, 5, 1, isLeapMonth: true), out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(year, 5, 1, isLeapMonth: true)));
        Assert.Contains("no leap month", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, LocalDate> HungKingsRows()
    {
        var data = new TheoryData<int, LocalDate>();
        foreach (var (year, date, _) in CalendarData.HungKings())
        {
            data.Add(year, date);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HungKingsRows))]
    public void Hung_Kings_day_is_the_tenth_of_the_regular_third_month(int year, LocalDate expected)
    {
        Assert.Equal(expected, VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)));
        Assert.Equal(new LunarDate(year, 3, 10), VietnameseLunarCalendar.ToLunar(expected));
    }

    [Fact]
    public void Day_30_of_a_29_day_month_does_not_exist()
    {
        // Month 12 of lunar 2024 (Giáp Thìn) has 29 days: Tết Ất Tỵ is 29/01/2025, 28/01/2025 is 29 Chạp.
        Assert.Equal(29, VietnameseLunarCalendar.MonthLength(2024, 12));
        Assert.Equal(new LunarDate(2024, 12, 29), VietnameseLunarCalendar.ToLunar(new LocalDate(2025, 1, 28)));
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(2024, 12, 30), out var none));
        Assert.Equal(default, none);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 12, 30)));
        Assert.Contains("only 29 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_is_1900_to_2199()
    {
        Assert.Equal(new LunarDate(1899, 12, 1), VietnameseLunarCalendar.ToLunar(new LocalDate(1900, 1, 1)));
        _ = VietnameseLunarCalendar.ToLunar(new LocalDate(2199, 12, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new LocalDate(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new LocalDate(2200, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LunarNewYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LunarNewYear(2200));
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(1899, 6, 1), out _));
        Assert.False(VietnameseLunarCalendar.TryToSolar(new LunarDate(2200, 6, 1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2300, 1, 1)));
    }

    [Fact]
    public void Near_midnight_new_moons_never_give_day_zero()
    {
        // Đức's simplified algorithm returns "day 0" on these days (research notes, §1.5).
        foreach (var date in new[] { new LocalDate(2054, 5, 7), new LocalDate(2062, 4, 9) })
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.InRange(lunar.Day, 1, 30);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));
        }
    }

    [Fact]
    public void Non_iso_dates_are_read_as_iso()
    {
        var julian = new LocalDate(2024, 2, 10).WithCalendar(CalendarSystem.Julian);
        Assert.Equal(new LunarDate(2024, 1, 1), VietnameseLunarCalendar.ToLunar(julian));
    }
}
