using Cchc.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Domain.Tests.Calendar;

public sealed class LunarCalendarProperties
{
    private static readonly LocalDate Min = new(1900, 1, 1);
    private static readonly int Span = Period.DaysBetween(Min, new LocalDate(2199, 12, 31));

    internal static Gen<LocalDate> AnyDate { get; } = Gen.Choose(0, Span).Select(d => Min.PlusDays(d));

    [Property(MaxTest = 2000)]
    public Property ToSolar_inverts_ToLunar() =>
        Prop.ForAll(AnyDate.ToArbitrary(), d => VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.ToLunar(d)) == d);

    [Property(MaxTest = 2000)]
    public Property Consecutive_days_have_consecutive_lunar_days() =>
        Prop.ForAll(AnyDate.Where(d => d < new LocalDate(2199, 12, 31)).ToArbitrary(), d =>
        {
            var today = VietnameseLunarCalendar.ToLunar(d);
            var tomorrow = VietnameseLunarCalendar.ToLunar(d.PlusDays(1));
            Assert.True(tomorrow > today);
            if (tomorrow.Day != 1)
            {
                Assert.Equal(new LunarDate(today.Year, today.Month, today.Day + 1, today.IsLeapMonth), tomorrow);
            }
            else
            {
                Assert.Equal(VietnameseLunarCalendar.MonthLength(today.Year, today.Month, today.IsLeapMonth), today.Day);
            }
        });

    [Fact]
    public void Every_month_from_1900_to_2199_has_29_or_30_days_and_years_12_or_13_months()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var months = VietnameseLunarCalendar.MonthsOf(year);
            Assert.Equal(VietnameseLunarCalendar.LeapMonthOf(year) is null ? 12 : 13, months.Count);
            var expectedStart = VietnameseLunarCalendar.LunarNewYear(year);
            foreach (var month in months)
            {
                if (expectedStart > VietnameseLunarCalendar.MaxDate)
                {
                    // The last month of 2199 begins after 31/12/2199, outside the supported range.
                    Assert.Equal(2199, year);
                    Assert.False(VietnameseLunarCalendar.TryToSolar(month, out _));
                    break;
                }

                Assert.Equal(expectedStart, VietnameseLunarCalendar.ToSolar(month));
                var length = VietnameseLunarCalendar.MonthLength(year, month.Month, month.IsLeapMonth);
                Assert.InRange(length, 29, 30);
                expectedStart = expectedStart.PlusDays(length);
            }

            if (year < 2199)
            {
                Assert.Equal(expectedStart, VietnameseLunarCalendar.LunarNewYear(year + 1));
            }
        }
    }

    [Fact]
    public void Every_day_from_1900_to_2199_round_trips()
    {
        var date = new LocalDate(1900, 1, 1);
        var previous = VietnameseLunarCalendar.ToLunar(date);
        while (date < new LocalDate(2199, 12, 31))
        {
            date = date.PlusDays(1);
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.True(lunar > previous, $"{date}: {lunar} after {previous}");
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));
            previous = lunar;
        }
    }

    [Property(MaxTest = 300)]
    public Property The_winter_solstice_is_always_in_month_11() =>
        Prop.ForAll(Gen.Choose(1900, 2199).ToArbitrary(), year =>
        {
            // The December solstice falls on 21 or 22 December (Gregorian) in 1900–2199.
            var lunar = VietnameseLunarCalendar.ToLunar(new LocalDate(year, 12, 21));
            var next = VietnameseLunarCalendar.ToLunar(new LocalDate(year, 12, 22));
            Assert.True(lunar.Month == 11 || next.Month == 11, $"{year}: {lunar}, {next}");
        });
}
