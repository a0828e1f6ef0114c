namespace Cchc.Domain.Calendar;

/// <summary>
/// The lunar months from month 11 of lunar year 1899 to month 10 of lunar year 2200, computed once with
/// <see cref="LunarAstronomy"/>: the JDN of the first day of every month and its label (year, month,
/// leap). Conversions are O(1) lookups in it. Immutable once built.
/// </summary>
internal sealed class LunarTable
{
    public const int FirstPeriodYear = 1899;
    public const int LastPeriodYear = 2199;

    private static readonly Lazy<LunarTable> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    // _monthStarts[i] is the JDN of day 1 of month i; _monthStarts[^1] is one past the last day of the last month.
    private readonly int[] _monthStarts;

    // (year << 5) | (month << 1) | leap.
    private readonly int[] _labels;

    // Index into _monthStarts of the first month of each lunar year FirstPeriodYear.. (LastPeriodYear + 1), plus a sentinel.
    private readonly int[] _yearFirstMonth;

    // The leap month of each lunar year (0: none), same indexing as _yearFirstMonth.
    private readonly byte[] _leapMonth;

    private LunarTable(int[] monthStarts, int[] labels, int[] yearFirstMonth, byte[] leapMonth)
    {
        _monthStarts = monthStarts;
        _labels = labels;
        _yearFirstMonth = yearFirstMonth;
        _leapMonth = leapMonth;
    }

    /// <summary>The table shared by the whole process, built on first use (thread-safe).</summary>
    public static LunarTable Instance => Shared.Value;

    /// <summary>The number of months in the table.</summary>
    public int MonthCount => _labels.Length;

    /// <summary>Computes the table (a few milliseconds of astronomy).</summary>
    public static LunarTable Build()
    {
        var periods = LastPeriodYear - FirstPeriodYear + 1;
        var month11 = new int[periods + 1];
        for (var i = 0; i <= periods; i++)
        {
            month11[i] = LunarAstronomy.Month11Lunation(FirstPeriodYear + i);
        }

        var monthCount = month11[periods] - month11[0];
        var starts = new int[monthCount + 1];
        var labels = new int[monthCount];
        var years = LastPeriodYear + 1 - FirstPeriodYear + 2;
        var yearFirst = new int[years];
        var leap = new byte[years];
        yearFirst.AsSpan().Fill(-1);

        var index = 0;
        for (var p = 0; p < periods; p++)
        {
            var periodYear = FirstPeriodYear + p;
            var k11 = month11[p];
            var length = month11[p + 1] - k11;
            var leapOffset = length == 13 ? LeapOffset(k11) : int.MaxValue;
            var seenFirstMonth = false;
            for (var diff = 0; diff < length; diff++)
            {
                var isLeap = diff == leapOffset;
                var month = diff >= leapOffset ? diff + 10 : diff + 11;
                if (month > 12)
                {
                    month -= 12;
                }

                if (month == 1 && !isLeap)
                {
                    seenFirstMonth = true;
                }

                var year = seenFirstMonth ? periodYear + 1 : periodYear;
                var yearIndex = year - FirstPeriodYear;
                if (yearFirst[yearIndex] < 0)
                {
                    yearFirst[yearIndex] = index;
                }

                if (isLeap)
                {
                    leap[yearIndex] = (byte)month;
                }

                starts[index] = LunarAstronomy.NewMoonDay(k11 + diff);
                labels[index] = (year << 5) | (month << 1) | (isLeap ? 1 : 0);
                index++;
            }
        }

        starts[monthCount] = LunarAstronomy.NewMoonDay(month11[periods]);
        yearFirst[^1] = monthCount;
        return new LunarTable(starts, labels, yearFirst, leap);
    }

    /// <summary>The JDN of the first day of the first month in the table.</summary>
    public int FirstDay => _monthStarts[0];

    /// <summary>The JDN of the last day of the last month in the table.</summary>
    public int LastDay => _monthStarts[^1] - 1;

    /// <summary>The lunar date of <paramref name="jdn"/>, which must lie within <see cref="FirstDay"/>..<see cref="LastDay"/>.</summary>
    public LunarDate ToLunar(int jdn)
    {
        var starts = _monthStarts;
        var i = (int)((jdn - starts[0]) / LunarAstronomy.SynodicMonth);
        if (i >= _labels.Length)
        {
            i = _labels.Length - 1;
        }

        while (starts[i] > jdn)
        {
            i--;
        }

        while (starts[i + 1] <= jdn)
        {
            i++;
        }

        var label = _labels[i];
        return new LunarDate(label >> 5, (label >> 1) & 0xF, jdn - starts[i] + 1, (label & 1) != 0);
    }

    /// <summary>The index of the month (year, month, leap) in the table, or -1 when the year has no such month or is not in the table.</summary>
    public int IndexOf(int year, int month, bool isLeapMonth)
    {
        var y = year - FirstPeriodYear;
        if (y < 0 || y >= _yearFirstMonth.Length - 1 || _yearFirstMonth[y] < 0)
        {
            return -1;
        }

        var wanted = (year << 5) | (month << 1) | (isLeapMonth ? 1 : 0);
        var end = NextYearStart(y);
        for (var i = _yearFirstMonth[y]; i < end; i++)
        {
            if (_labels[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The JDN of day 1 of the month at <paramref name="index"/>.</summary>
    public int MonthStart(int index) => _monthStarts[index];

    /// <summary>The number of days (29 or 30) of the month at <paramref name="index"/>.</summary>
    public int MonthLength(int index) => _monthStarts[index + 1] - _monthStarts[index];

    /// <summary>The leap month of lunar <paramref name="year"/> (0 when none); the year must be in the table.</summary>
    public int LeapMonthOf(int year) => _leapMonth[year - FirstPeriodYear];

    private int NextYearStart(int yearIndex)
    {
        for (var j = yearIndex + 1; j < _yearFirstMonth.Length; j++)
        {
            if (_yearFirstMonth[j] >= 0)
            {
                return _yearFirstMonth[j];
            }
        }

        return _labels.Length;
    }

    /// <summary>
    /// Đức's rule for a 13-month year: the leap month is the first month after month 11 during which the
    /// sun enters no new 30° sector (no major solar term, Trung khí). Returns its offset from month 11.
    /// </summary>
    private static int LeapOffset(int k11)
    {
        var i = 1;
        var sector = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k11 + i));
        while (i < 14)
        {
            var next = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k11 + i + 1));
            if (next == sector)
            {
                return i;
            }

            sector = next;
            i++;
        }

        return i - 1;
    }
}
