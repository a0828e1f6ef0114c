using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>Due-date rules per kind, the two readings of "trước ngày X", and dates after an event.</summary>
public sealed class DueDateTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Fact]
    public void Before_a_Sunday_reads_as_the_Friday_by_default_and_the_other_options_move_it()
    {
        var before = new ByDateDeadline(new LocalDate(2021, 12, 5));   // Sunday; the day before is a Saturday

        Assert.Equal([new LocalDate(2021, 12, 3)], before.DueDates(Calendar));
        var resolved = Assert.Single(before.Resolve(Calendar));
        Assert.Equal((new LocalDate(2021, 12, 4), true), (resolved.Limit, resolved.IsMoved));

        var inclusive = new DeadlineOptions { ByDateReading = ByDateReading.OnOrBefore };
        Assert.Equal([new LocalDate(2021, 12, 3)], before.DueDates(Calendar, inclusive));
        Assert.Equal([new LocalDate(2021, 12, 6)], before.DueDates(Calendar, inclusive with { LimitOnDayOff = DayOffRule.NextWorkingDay }));
        Assert.Equal([new LocalDate(2021, 12, 4)], before.DueDates(Calendar, new DeadlineOptions { LimitOnDayOff = DayOffRule.Keep }));
    }

    [Fact]
    public void Before_a_working_day_is_the_day_before_or_the_day_itself()
    {
        var before = new ByDateDeadline(new LocalDate(2021, 11, 30));   // Tuesday

        Assert.Equal([new LocalDate(2021, 11, 29)], before.DueDates(Calendar));
        Assert.Equal([new LocalDate(2021, 11, 30)], before.DueDates(Calendar, new DeadlineOptions { ByDateReading = ByDateReading.OnOrBefore }));
    }

    [Fact]
    public void A_day_named_by_the_plan_stays_even_on_a_day_off()
    {
        var onTet = new OnDateDeadline(new LocalDate(2024, 2, 10));

        Assert.Equal([new LocalDate(2024, 2, 10)], onTet.DueDates(Calendar));
    }

    [Fact]
    public void No_later_than_a_holiday_moves_to_the_working_day_before()
    {
        var latest = new NoLaterThanDeadline(new LocalDate(2021, 9, 2));   // Quốc khánh; 1/9 is a Wednesday

        Assert.Equal([new LocalDate(2021, 9, 1)], latest.DueDates(Calendar));
    }

    [Theory]
    [InlineData(2021, 1, "2021-03-31")]
    [InlineData(2022, 2, "2022-06-30")]
    [InlineData(2021, 4, "2021-12-31")]
    [InlineData(2023, 2, "2023-06-30")]
    [InlineData(2024, 3, "2024-09-30")]   // Monday
    [InlineData(2025, 2, "2025-06-30")]
    [InlineData(2022, 3, "2022-09-30")]
    public void A_quarter_ends_on_its_last_working_day(int year, int quarter, string expected)
    {
        Assert.Equal([LocalDate.FromDateTime(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture))], new QuarterDeadline(year, quarter).DueDates(Calendar));
    }

    [Fact]
    public void Periods_ending_on_a_weekend_end_on_the_Friday_before()
    {
        Assert.Equal([new LocalDate(2022, 12, 30)], new YearDeadline(2022).DueDates(Calendar));          // 31/12/2022 is a Saturday
        Assert.Equal([new LocalDate(2021, 7, 30)], new MonthDeadline(new YearMonth(2021, 7)).DueDates(Calendar));   // 31/07/2021 Saturday
        Assert.Equal([new LocalDate(2023, 6, 30)], new HalfYearDeadline(2023, 1).DueDates(Calendar));
        Assert.Equal([new LocalDate(2023, 9, 29)], new NineMonthsDeadline(2023).DueDates(Calendar));     // 30/09/2023 Saturday
    }

    [Fact]
    public void Five_working_days_after_the_Friday_before_Tet_jump_the_holiday()
    {
        var deadline = new WorkingDaysAfterEventDeadline(5, "nhận được Công văn");

        // Fri 02/02/2024 → Mon 5, Tue 6, Wed 7, (Tết 8–14 off), Thu 15, Fri 16.
        Assert.Equal(new LocalDate(2024, 2, 16), deadline.DueDateAfter(new LocalDate(2024, 2, 2), Calendar));
        Assert.Empty(deadline.DueDates(Calendar));
    }

    [Fact]
    public void Calendar_days_after_an_event_end_on_the_next_working_day_per_article_148()
    {
        var deadline = new DaysAfterEventDeadline(10, "nhận được văn bản");

        Assert.Equal(new LocalDate(2024, 2, 15), deadline.DueDateAfter(new LocalDate(2024, 1, 30), Calendar));   // 09/02 is in Tết
        Assert.Equal(new LocalDate(2021, 11, 11), deadline.DueDateAfter(new LocalDate(2021, 11, 1), Calendar));
    }

    [Fact]
    public void Event_and_direction_kinds_have_no_due_date_and_invalid_numbers_none_either()
    {
        Assert.Empty(new DirectedDeadline("UBND tỉnh").DueDates(Calendar));
        Assert.Empty(new PerDocumentDeadline("Kế hoạch rà soát").DueDates(Calendar));
        Assert.Empty(new UnrecognizedDeadline("Sớm").DueDates(Calendar));
        Assert.Empty(new QuarterDeadline(2021, 5).DueDates(Calendar));
        Assert.Empty(new HalfYearDeadline(2021, 0).DueDates(Calendar));
    }

    [Fact]
    public void Outside_the_calendar_range_limits_are_returned_as_stated()
    {
        Assert.Equal([new LocalDate(1990, 3, 31)], new QuarterDeadline(1990, 1).DueDates(Calendar));
        Assert.Equal([new LocalDate(2300, 12, 4)], new ByDateDeadline(new LocalDate(2300, 12, 5)).DueDates(Calendar));
    }
}
