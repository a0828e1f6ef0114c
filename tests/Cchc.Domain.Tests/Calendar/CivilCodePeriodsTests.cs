using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Tests.Calendar;

public sealed class CivilCodePeriodsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Fact]
    public void The_day_of_the_event_is_not_counted() =>
        Assert.Equal(new LocalDate(2024, 3, 2), CivilCodePeriods.FirstDay(new LocalDate(2024, 3, 1)));

    [Fact]
    public void Ten_days_from_an_event_end_ten_days_later() =>
        // Event Friday 01/03/2024: day 1 is 02/03, day 10 is Monday 11/03, a working day.
        Assert.Equal(new LocalDate(2024, 3, 11), CivilCodePeriods.EndOfDays(new LocalDate(2024, 3, 1), 10, Calendar));

    [Fact]
    public void A_period_ending_on_a_day_off_ends_on_the_next_working_day()
    {
        // 10 days from 30/01/2024 end on Friday 09/02/2024, inside Tết: rolled to Thursday 15/02.
        Assert.Equal(new LocalDate(2024, 2, 15), CivilCodePeriods.EndOfDays(new LocalDate(2024, 1, 30), 10, Calendar));

        // 1 week from Saturday 27/04/2024 ends Saturday 04/05 — a swapped working Saturday, so it stays.
        Assert.Equal(new LocalDate(2024, 5, 4), CivilCodePeriods.EndOfWeeks(new LocalDate(2024, 4, 27), 1, Calendar));
    }

    [Fact]
    public void A_month_without_the_corresponding_day_ends_on_its_last_day()
    {
        // 31/01/2024 + 1 month → 29/02/2024 (Thursday).
        Assert.Equal(new LocalDate(2024, 2, 29), CivilCodePeriods.EndOfMonths(new LocalDate(2024, 1, 31), 1, Calendar));

        // 31/03/2025 + 1 month → 30/04/2025 (holiday) → 1/5 holiday → 2/5 swapped off → Saturday 3/5 is not worked → Monday 05/05.
        Assert.Equal(new LocalDate(2025, 5, 5), CivilCodePeriods.EndOfMonths(new LocalDate(2025, 3, 31), 1, Calendar));
    }

    [Fact]
    public void Years_and_periods()
    {
        // 29/02/2024 + 1 year → 28/02/2025 (Friday).
        Assert.Equal(new LocalDate(2025, 2, 28), CivilCodePeriods.EndOfYears(new LocalDate(2024, 2, 29), 1, Calendar));
        Assert.Equal(new LocalDate(2025, 2, 28), CivilCodePeriods.End(new LocalDate(2024, 2, 29), Period.FromYears(1), Calendar));
        Assert.Throws<ArgumentException>(() => CivilCodePeriods.End(new LocalDate(2024, 2, 29), Period.FromHours(3), Calendar));
        Assert.Throws<ArgumentException>(() => CivilCodePeriods.End(new LocalDate(2024, 2, 29), Period.FromDays(-3), Calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => CivilCodePeriods.EndOfDays(new LocalDate(2024, 2, 29), 0, Calendar));
    }

    [Fact]
    public void Working_days_from_receipt()
    {
        // Received on Sunday 11/02/2024 (during Tết): the receipt day is not counted either way.
        Assert.Equal(new LocalDate(2024, 2, 21), CivilCodePeriods.EndOfWorkingDays(new LocalDate(2024, 2, 11), 5, Calendar));
    }
}
