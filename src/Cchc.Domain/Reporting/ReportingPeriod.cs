using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Reporting;

/// <summary>
/// A reporting period of a given year (kỳ báo cáo): its calendar range and the data window (thời gian chốt số
/// liệu) of Nghị định 09/2019/NĐ-CP, Điều 12.
/// </summary>
/// <remarks>
/// Data windows run from the 15th of the month before the period to the 14th of its last month: a month
/// 15/(m−1) → 14/m; quý I 15/12 of the year before → 14/03 (quý II 15/03 → 14/06, quý III 15/06 → 14/09,
/// quý IV 15/09 → 14/12); 6 tháng đầu năm 15/12 → 14/06; 6 tháng cuối năm 15/06 → 14/12; năm 15/12 → 14/12.
/// NĐ 09 does not fix a nine-month window; the provincial practice (e.g. Quyết định 01/2023/QĐ-UBND Khánh Hòa)
/// 15/12 of the year before → 14/09 is used.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReportingPeriod
{
    private ReportingPeriod(ReportingPeriodKind kind, int year, int month)
    {
        Kind = kind;
        Year = year;
        MonthNumber = month;
    }

    /// <summary>The kind of period (never <see cref="ReportingPeriodKind.AdHoc"/>).</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month 1–12 of a <see cref="ReportingPeriodKind.Month"/> period; 0 for the other kinds.</summary>
    public int MonthNumber { get; }

    /// <summary>The days the period covers: quý I = 01/01–31/03, 6 tháng đầu năm = 01/01–30/06, năm = 01/01–31/12.</summary>
    public DateInterval Coverage => new(FirstMonth.OnDayOfMonth(1), LastMonth.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth));

    /// <summary>The data window (thời gian chốt số liệu) of Nghị định 09/2019/NĐ-CP, Điều 12: the 15th of the month before the period to the 14th of its last month.</summary>
    public DateInterval DataWindow => new(
        (Kind is ReportingPeriodKind.FirstSixMonths or ReportingPeriodKind.NineMonths or ReportingPeriodKind.Year
            ? new YearMonth(Year, 1) : FirstMonth).OnDayOfMonth(1).PlusMonths(-1).PlusDays(14),
        LastMonth.OnDayOfMonth(14));

    /// <summary>
    /// The year of a report's due day stated without a year (a plan's "trước ngày 15/01", an obligation's <c>dueDay</c>):
    /// the period's year, or the next one when the day would fall before the period starts or more than half a year
    /// (<see cref="MaxDaysDueBeforeDataClose"/> days) before its data window closes (Nghị định 09/2019/NĐ-CP, Điều 12).
    /// "Báo cáo quý IV, trước ngày 15/01" and a year report due 01-15 fall in the next January; a year report due 10/11 or
    /// 05/12 stays in its year (plans ask for the year's report before the window closes, with estimated figures).
    /// </summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, 1–31.</param>
    /// <returns>The year, or <see langword="null"/> when it would be after 9999.</returns>
    public int? DueYearOf(int month, int day)
    {
        var same = new LocalDate(Year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(Year, month)));
        var close = DataWindow.End;
        var early = same < Coverage.Start || (same < close && Period.DaysBetween(same, close) > MaxDaysDueBeforeDataClose);
        return !early ? Year : Year < CalendarYears.LastYear ? Year + 1 : null;
    }

    /// <summary>The most days a report's due day may come before its data window closes and still be in the period's year (183: half a year).</summary>
    public const int MaxDaysDueBeforeDataClose = 183;

    /// <summary>The period's name in Vietnamese ("quý I năm 2021", "6 tháng đầu năm 2021", "tháng 3/2021").</summary>
    public string Name => Kind switch
    {
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"tháng {MonthNumber}/{Year}"),
        ReportingPeriodKind.Quarter1 => string.Create(CultureInfo.InvariantCulture, $"quý I năm {Year}"),
        ReportingPeriodKind.Quarter2 => string.Create(CultureInfo.InvariantCulture, $"quý II năm {Year}"),
        ReportingPeriodKind.Quarter3 => string.Create(CultureInfo.InvariantCulture, $"quý III năm {Year}"),
        ReportingPeriodKind.Quarter4 => string.Create(CultureInfo.InvariantCulture, $"quý IV năm {Year}"),
        ReportingPeriodKind.FirstSixMonths => string.Create(CultureInfo.InvariantCulture, $"6 tháng đầu năm {Year}"),
        ReportingPeriodKind.SecondSixMonths => string.Create(CultureInfo.InvariantCulture, $"6 tháng cuối năm {Year}"),
        ReportingPeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"9 tháng năm {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"năm {Year}"),
    };

    private YearMonth FirstMonth => Kind switch
    {
        ReportingPeriodKind.Month => new YearMonth(Year, MonthNumber),
        ReportingPeriodKind.Quarter2 => new YearMonth(Year, 4),
        ReportingPeriodKind.Quarter3 or ReportingPeriodKind.SecondSixMonths => new YearMonth(Year, 7),
        ReportingPeriodKind.Quarter4 => new YearMonth(Year, 10),
        _ => new YearMonth(Year, 1),
    };

    private YearMonth LastMonth => Kind switch
    {
        ReportingPeriodKind.Month => new YearMonth(Year, MonthNumber),
        ReportingPeriodKind.Quarter1 => new YearMonth(Year, 3),
        ReportingPeriodKind.Quarter2 or ReportingPeriodKind.FirstSixMonths => new YearMonth(Year, 6),
        ReportingPeriodKind.Quarter3 or ReportingPeriodKind.NineMonths => new YearMonth(Year, 9),
        _ => new YearMonth(Year, 12),
    };

    /// <summary>The period of <paramref name="kind"/> in <paramref name="year"/>.</summary>
    /// <param name="kind">Any kind but <see cref="ReportingPeriodKind.Month"/> (use <see cref="OfMonth"/>) and <see cref="ReportingPeriodKind.AdHoc"/>.</param>
    /// <param name="year">The year, 2–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is Month or AdHoc, or the year is out of range.</exception>
    public static ReportingPeriod Of(ReportingPeriodKind kind, int year)
    {
        if (kind is ReportingPeriodKind.Month or ReportingPeriodKind.AdHoc || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A month needs OfMonth; an ad hoc report has no period.");
        }

        return new ReportingPeriod(kind, CheckYear(year), 0);
    }

    /// <summary>The month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 2–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static ReportingPeriod OfMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new ReportingPeriod(ReportingPeriodKind.Month, CheckYear(year), month);
    }

    /// <summary>The period of <paramref name="kind"/> in <paramref name="year"/> (and <paramref name="month"/> for a month), when they make one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="year">The year, 2–9999.</param>
    /// <param name="month">The month 1–12 of a <see cref="ReportingPeriodKind.Month"/> period; ignored for the other kinds.</param>
    /// <param name="period">The period, or <see langword="null"/>.</param>
    /// <returns>Whether the arguments make a period (never for <see cref="ReportingPeriodKind.AdHoc"/>).</returns>
    public static bool TryCreate(ReportingPeriodKind kind, int year, int? month, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        if (!IsSupportedYear(year) || kind == ReportingPeriodKind.AdHoc || !Enum.IsDefined(kind))
        {
            return false;
        }

        if (kind == ReportingPeriodKind.Month)
        {
            if (month is not (>= 1 and <= 12))
            {
                return false;
            }

            period = new ReportingPeriod(kind, year, month.Value);
            return true;
        }

        period = new ReportingPeriod(kind, year, 0);
        return true;
    }

    /// <summary>Whether <paramref name="year"/> can carry a period (its data window may start in the year before).</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for 2–9999.</returns>
    public static bool IsSupportedYear(int year) => CalendarYears.IsReportingYear(year);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, CalendarYears.FirstReportingYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, CalendarYears.LastYear);
        return year;
    }
}
