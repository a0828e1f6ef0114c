using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// The statutory holidays of the Labour Code in force in a year, with the documented default for the
/// choices the law leaves to the Prime Minister (which days of Tết, which day next to 2/9).
/// </summary>
internal static class LaborCodeRules
{
    public const string Code2019 = "Bộ luật Lao động 2019 (45/2019/QH14), Điều 112";
    public const string Code2012 = "Bộ luật Lao động 2012 (10/2012/QH13), Điều 115";
    public const string Code1994Amended2006 = "Bộ luật Lao động 1994, Điều 73 (sửa đổi 2006)";
    public const string Code1994 = "Bộ luật Lao động 1994, Điều 73";

    /// <summary>The legal basis of the statutory holidays of <paramref name="year"/>.</summary>
    public static string LegalBasis(int year) => year switch
    {
        >= 2021 => Code2019,
        >= 2013 => Code2012,
        >= 2007 => Code1994Amended2006,
        _ => Code1994,
    };

    /// <summary>The rule that gives a compensatory day when a holiday falls on a weekly rest day.</summary>
    public static string CompensatoryBasis(int year) => year switch
    {
        >= 2021 => "Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3",
        >= 2013 => "Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3",
        _ => Code1994,
    };

    /// <summary>The number of days of Tết the law gives in <paramref name="year"/>: 5 from 2013, 4 before.</summary>
    public static int LunarNewYearDays(int year) => year >= 2013 ? 5 : 4;

    /// <summary>The number of statutory days of <paramref name="occasion"/> in <paramref name="year"/> (0 when not a holiday that year).</summary>
    public static int StatutoryDayCount(int year, HolidayOccasion occasion) => occasion switch
    {
        HolidayOccasion.LunarNewYear => LunarNewYearDays(year),
        HolidayOccasion.NationalDay => year >= 2021 ? 2 : 1,
        HolidayOccasion.HungKings => year >= 2007 ? 1 : 0,
        HolidayOccasion.Other => 0,
        _ => 1,
    };

    /// <summary>The statutory holidays of <paramref name="year"/> by rule, compensatory days left to derive.</summary>
    public static IReadOnlyList<ScheduledHoliday> StatutoryHolidays(int year)
    {
        var source = LegalBasis(year);
        var list = new List<ScheduledHoliday>(6)
        {
            new(HolidayOccasion.NewYear, [new LocalDate(year, 1, 1)]) { Source = source },
            new(HolidayOccasion.LunarNewYear, LunarNewYearDaysOff(year)) { Source = source },
        };
        if (year >= 2007)
        {
            list.Add(new(HolidayOccasion.HungKings, [VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10))]) { Source = source });
        }

        list.Add(new(HolidayOccasion.ReunificationDay, [new LocalDate(year, 4, 30)]) { Source = source });
        list.Add(new(HolidayOccasion.LabourDay, [new LocalDate(year, 5, 1)]) { Source = source });
        list.Add(new(HolidayOccasion.NationalDay, NationalDayDaysOff(year)) { Source = source });
        return list;
    }

    /// <summary>
    /// The default days of Tết. Five days (from 2013): one day before Tết and four after when Tết is a
    /// Tuesday (the five days are then Monday–Friday), otherwise two days before and three after — the
    /// choice the Prime Minister made every year 2020–2026. Four days (before 2013): one before, three after.
    /// </summary>
    public static IEnumerable<LocalDate> LunarNewYearDaysOff(int year)
    {
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        var count = LunarNewYearDays(year);
        var before = count == 5 && tet.DayOfWeek != IsoDayOfWeek.Tuesday ? 2 : 1;
        return Enumerable.Range(-before, count).Select(tet.PlusDays);
    }

    /// <summary>
    /// The default days of Quốc khánh: 2/9, and from 2021 one adjacent day: 1/9 when it is a Monday or
    /// Friday, else 3/9 when that is a Monday or Friday, else 1/9 (the choices made 2021–2026).
    /// </summary>
    public static IEnumerable<LocalDate> NationalDayDaysOff(int year)
    {
        var national = new LocalDate(year, 9, 2);
        if (year < 2021)
        {
            return [national];
        }

        var before = national.PlusDays(-1);
        var after = national.PlusDays(1);
        var adjacent = IsBridge(before) ? before : IsBridge(after) ? after : before;
        return [national, adjacent];
    }

    private static bool IsBridge(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Friday;
}
