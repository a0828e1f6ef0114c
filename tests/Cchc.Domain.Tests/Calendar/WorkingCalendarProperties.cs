using Cchc.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Domain.Tests.Calendar;

public sealed class WorkingCalendarProperties
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly Lazy<NaiveCalendar> Naive = new(() => new NaiveCalendar(Calendar));
    private static readonly LocalDate Min = new(2000, 1, 1);

    // Dates 2000–2190, so that adding up to 500 working days stays within range.
    private static readonly Gen<LocalDate> AnyDate =
        Gen.Choose(0, Period.DaysBetween(Min, new LocalDate(2190, 12, 31))).Select(d => Min.PlusDays(d));

    private static readonly Gen<(LocalDate Date, int Count)> DateAndCount =
        from date in AnyDate
        from count in Gen.Choose(1, 500)
        select (Date: date, Count: count);

    [Fact]
    public void AddWorkingDays_lands_on_a_working_day_that_Count_measures() =>
        PropertyCheck.ForAll(DateAndCount, x =>
        {
            var end = Calendar.AddWorkingDays(x.Date, x.Count);
            Assert.True(Calendar.IsWorkingDay(end));
            Assert.Equal(x.Count, Calendar.CountWorkingDays(x.Date, end));
            Assert.Equal(x.Count - 1, Calendar.CountWorkingDays(x.Date, end.PlusDays(-1)));
        });

    // From 3 January 2000: counting back from a day after 1–2 January 2000 (a weekend) needs
    // Friday 31 December 1999, outside the calendar's range, which throws as documented.
    [Fact]
    public void Backward_counting_inverts_forward_counting_from_a_working_day() =>
        PropertyCheck.ForAll(DateAndCount.Where(x => x.Date >= new LocalDate(2000, 1, 3)), x =>
        {
            var end = Calendar.AddWorkingDays(x.Date, x.Count);
            var back = Calendar.AddWorkingDays(end, -x.Count);
            Assert.True(Calendar.IsWorkingDay(back));
            Assert.Equal(x.Count, Calendar.CountWorkingDays(back, end));
            Assert.True(back <= Calendar.WorkingDayOnOrAfter(x.Date.PlusDays(1)));
        });

    [Fact]
    public void AddWorkingDays_is_monotonic() =>
        PropertyCheck.ForAll(DateAndCount, x =>
        {
            Assert.True(Calendar.AddWorkingDays(x.Date, x.Count) < Calendar.AddWorkingDays(x.Date, x.Count + 1));
            Assert.True(Calendar.AddWorkingDays(x.Date, x.Count) <= Calendar.AddWorkingDays(x.Date.PlusDays(1), x.Count));
        });

    [Fact]
    public void Count_is_antisymmetric_and_additive() =>
        PropertyCheck.ForAll(
            from a in AnyDate.Where(d => d.Year >= 2002)
            from b in Gen.Choose(-400, 400)
            from c in Gen.Choose(-400, 400)
            select (a, a.PlusDays(b), a.PlusDays(c)),
            x =>
            {
                var (a, b, c) = x;
                Assert.Equal(-Calendar.CountWorkingDays(b, a), Calendar.CountWorkingDays(a, b));
                Assert.Equal(Calendar.CountWorkingDays(a, c), Calendar.CountWorkingDays(a, b) + Calendar.CountWorkingDays(b, c));
            });

    [Fact]
    public void Arithmetic_agrees_with_a_day_by_day_walk() =>
        PropertyCheck.ForAll(
            from date in AnyDate.Where(d => d.Year >= 2002)
            from count in Gen.Choose(-300, 300)
            select (Date: date, Count: count),
            x =>
            {
                var naive = Naive.Value;
                Assert.Equal(naive.IsWorkingDay(x.Date), Calendar.IsWorkingDay(x.Date));
                Assert.Equal(naive.AddWorkingDays(x.Date, x.Count), Calendar.AddWorkingDays(x.Date, x.Count));
                var other = x.Date.PlusDays(x.Count);
                if (other >= x.Date)
                {
                    Assert.Equal(naive.CountWorkingDays(x.Date, other), Calendar.CountWorkingDays(x.Date, other));
                }
            },
            1000);

    [Fact]
    public void Every_day_of_2020_to_2030_agrees_with_the_walk()
    {
        var naive = Naive.Value;
        for (var d = new LocalDate(2020, 1, 1); d.Year <= 2030; d = d.PlusDays(1))
        {
            Assert.Equal(naive.IsWorkingDay(d), Calendar.IsWorkingDay(d));
        }
    }
}
