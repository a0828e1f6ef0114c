using System.Globalization;

namespace Cchc.Domain.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch): a lunar year, a month 1–12, a day 1–30 and
/// whether the month is the leap month (tháng nhuận) of that year.
/// </summary>
/// <remarks>
/// <para>The lunar year is numbered like the Gregorian year in which it (mostly) falls: lunar year 2024
/// begins at Tết Giáp Thìn, 10 February 2024, and its month 12 ends on 28 January 2025.</para>
/// <para>The constructor checks only the structural range (year 1–9999, month 1–12, day 1–30). Whether
/// the date exists — day 30 of a 29-day month, a leap month the year does not have — is answered by
/// <see cref="VietnameseLunarCalendar.TryToSolar(LunarDate, out NodaTime.LocalDate)"/>.</para>
/// <para>The default value (<c>default(LunarDate)</c>) is day 1 of month 1 of lunar year 1, not a leap
/// month: structurally valid, but outside the range the calendar converts (1900–2199).</para>
/// <para>Ordering is chronological: by year, then month, then the regular month before its leap month,
/// then day.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>, IComparable
{
    // Stored as offsets so that default(LunarDate) is 1/1 of year 1.
    private readonly short _yearMinusOne;
    private readonly byte _monthMinusOne;
    private readonly byte _dayMinusOne;
    private readonly bool _isLeapMonth;

    /// <summary>Creates a lunar date.</summary>
    /// <param name="year">The lunar year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month, 1–30.</param>
    /// <param name="isLeapMonth">Whether the month is the leap month (tháng nhuận) that follows the regular month <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is outside its structural range.</exception>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 30);
        _yearMinusOne = (short)(year - 1);
        _monthMinusOne = (byte)(month - 1);
        _dayMinusOne = (byte)(day - 1);
        _isLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year (1–9999).</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>The month (1–12); for a leap month, the number of the regular month it follows.</summary>
    public int Month => _monthMinusOne + 1;

    /// <summary>The day of the month (1–30).</summary>
    public int Day => _dayMinusOne + 1;

    /// <summary>Whether the month is the leap month (tháng nhuận).</summary>
    public bool IsLeapMonth => _isLeapMonth;

    /// <summary>Deconstructs the date into its components.</summary>
    /// <param name="year">The lunar year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, 1–30.</param>
    /// <param name="isLeapMonth">Whether the month is the leap month.</param>
    public void Deconstruct(out int year, out int month, out int day, out bool isLeapMonth)
    {
        year = Year;
        month = Month;
        day = Day;
        isLeapMonth = IsLeapMonth;
    }

    /// <summary>Whether two lunar dates are equal.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when every component is equal.</returns>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Whether two lunar dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when a component differs.</returns>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(LunarDate left, LunarDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(LunarDate left, LunarDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is earlier than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(LunarDate left, LunarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(LunarDate left, LunarDate right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(LunarDate other) =>
        _yearMinusOne == other._yearMinusOne && _monthMinusOne == other._monthMinusOne &&
        _dayMinusOne == other._dayMinusOne && _isLeapMonth == other._isLeapMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => SortKey;

    /// <summary>Compares chronologically: year, month, regular month before its leap month, day.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date is earlier than, equal to or later than <paramref name="other"/>.</returns>
    public int CompareTo(LunarDate other) => SortKey.CompareTo(other.SortKey);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        LunarDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a LunarDate.", nameof(obj)),
    };

    /// <summary>
    /// The date as <c>yyyy-MM-dd</c> with the lunar components, and <c>L</c> after the month of a leap
    /// month: <c>2024-03-10</c>, <c>2023-02L-15</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}{(IsLeapMonth ? "L" : string.Empty)}-{Day:00}");

    private int SortKey => (((_yearMinusOne * 16) + _monthMinusOne) * 2 + (_isLeapMonth ? 1 : 0)) * 32 + _dayMinusOne;
}
