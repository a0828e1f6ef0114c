using Cchc.Domain.Calendar;

namespace Cchc.Domain.Tests.Calendar;

public sealed class LunarDateTests
{
    [Fact]
    public void Default_is_day_one_of_month_one_of_year_one()
    {
        var (year, month, day, leap) = default(LunarDate);
        Assert.Equal((1, 1, 1, false), (year, month, day, leap));
        Assert.Equal(new LunarDate(1, 1, 1), default);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(2024, 0, 1)]
    [InlineData(2024, 13, 1)]
    [InlineData(2024, 1, 0)]
    [InlineData(2024, 1, 31)]
    public void Constructor_rejects_components_outside_their_structural_range(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(year, month, day));

    [Fact]
    public void Equality_and_ordering_follow_the_calendar()
    {
        var regular = new LunarDate(2023, 2, 29);
        var leap = new LunarDate(2023, 2, 1, isLeapMonth: true);
        var march = new LunarDate(2023, 3, 1);
        Assert.True(regular < leap);
        Assert.True(leap < march);
        Assert.True(march > regular);
        Assert.True(regular <= new LunarDate(2023, 2, 29));
        Assert.Equal(new LunarDate(2023, 2, 29), regular);
        Assert.NotEqual(new LunarDate(2023, 2, 1), leap);
        Assert.NotEqual(new LunarDate(2023, 2, 1).GetHashCode(), leap.GetHashCode());
        Assert.Equal(0, regular.CompareTo((object)new LunarDate(2023, 2, 29)));
        Assert.Equal(1, regular.CompareTo(null));
        Assert.Throws<ArgumentException>(() => regular.CompareTo("2023-02-29"));
    }

    [Fact]
    public void ToString_marks_the_leap_month()
    {
        Assert.Equal("2024-03-10", new LunarDate(2024, 3, 10).ToString());
        Assert.Equal("2023-02L-15", new LunarDate(2023, 2, 15, isLeapMonth: true).ToString());
    }
}
