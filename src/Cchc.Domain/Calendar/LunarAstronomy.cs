namespace Cchc.Domain.Calendar;

/// <summary>
/// The astronomy of Hồ Ngọc Đức's published description of the Vietnamese calendar ("Thuật toán tính
/// âm lịch"), re-implemented from the textbook formulas: the new moons of Meeus, <i>Astronomical
/// Algorithms</i> ch. 49 (truncated series) and the low-precision apparent longitude of the sun (ch. 25).
/// Only used to build <see cref="LunarTable"/> once; conversions never call it.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Length of the mean synodic month, in days.</summary>
    public const double SynodicMonth = 29.530588853;

    private const double Radians = Math.PI / 180;

    // Civil time used to decide on which day an event falls (see TimeZoneHoursAt).
    private const double VietnamHours = 7;
    private const double ChinaHours = 8;
    private const double BeijingMeanTimeHours = (116 + (25.0 / 60)) / 15;

    /// <summary>JDN of 1 January 1968: from this day on, Vietnam computes its calendar for UTC+7.</summary>
    public static readonly int Utc7FromJdn = DayNumber.Of(1968, 1, 1);

    /// <summary>JDN of 1 January 1929: China's calendar used UTC+8 from this day, the Beijing meridian before.</summary>
    public static readonly int Utc8FromJdn = DayNumber.Of(1929, 1, 1);

    /// <summary>
    /// The offset from UTC, in hours, of the meridian for which the calendar in use in Vietnam was
    /// computed at the (Julian) day <paramref name="jd"/>: UTC+7 from 1968; before, the Chinese calendar
    /// (UTC+8 from 1929, the Beijing meridian 116°25′ E before).
    /// </summary>
    public static double TimeZoneHoursAt(double jd) =>
        jd >= Utc7FromJdn - 0.5 ? VietnamHours : jd >= Utc8FromJdn - 0.5 ? ChinaHours : BeijingMeanTimeHours;

    /// <summary>The moment (Julian day, UT) of the <paramref name="k"/>-th new moon after the one of 1900-01-01.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mPrime = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Sin(m)) + (0.0021 * Sin(2 * m))
            - (0.4068 * Sin(mPrime)) + (0.0161 * Sin(2 * mPrime)) - (0.0004 * Sin(3 * mPrime))
            + (0.0104 * Sin(2 * f)) - (0.0051 * Sin(m + mPrime)) - (0.0074 * Sin(m - mPrime))
            + (0.0004 * Sin((2 * f) + m)) - (0.0004 * Sin((2 * f) - m)) - (0.0006 * Sin((2 * f) + mPrime))
            + (0.0010 * Sin((2 * f) - mPrime)) + (0.0005 * Sin((2 * mPrime) + m));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The JDN of the civil day (in the calendar's time zone) that contains the <paramref name="k"/>-th new moon.</summary>
    public static int NewMoonDay(int k)
    {
        var jd = NewMoon(k);
        return (int)Math.Floor(jd + 0.5 + (TimeZoneHoursAt(jd) / 24));
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at the Julian day (UT) <paramref name="jd"/>.</summary>
    public static double SunLongitude(double jd)
    {
        var t = (jd - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(m))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * m)) + (0.000290 * Sin(3 * m));
        var l = (l0 + dl) % 360;
        return l < 0 ? l + 360 : l;
    }

    /// <summary>
    /// The 30° sector (0–11) the sun is in at the local midnight that begins the civil day
    /// <paramref name="jdn"/>; sector 9 begins at the winter solstice (Đông chí, 270°).
    /// </summary>
    public static int SunSector(int jdn)
    {
        var jd = jdn - 0.5 - (TimeZoneHoursAt(jdn) / 24);
        return (int)(SunLongitude(jd) / 30);
    }

    /// <summary>
    /// The lunation index k of the month that contains the winter solstice of Gregorian year
    /// <paramref name="year"/> (lunar month 11).
    /// </summary>
    public static int Month11Lunation(int year)
    {
        var offset = DayNumber.Of(year, 12, 31) - 2415021;
        var k = (int)(offset / SynodicMonth);
        return SunSector(NewMoonDay(k)) >= 9 ? k - 1 : k;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Radians);
}
