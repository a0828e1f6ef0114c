using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The semantic rules of an <see cref="OfficialSchedule"/> (codes CCHC3001–CCHC3011).</summary>
internal static class OfficialScheduleValidator
{
    public static IReadOnlyList<Diagnostic> Validate(OfficialSchedule schedule, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var year = schedule.Year;
        if (year < WorkingCalendar.MinDate.Year || year > WorkingCalendar.MaxDate.Year)
        {
            diagnostics.Add(CalendarDiagnostics.YearOutOfRange.Create(JsonPointer.Append(path, "year"), year, WorkingCalendar.MinDate.Year, WorkingCalendar.MaxDate.Year));
            return diagnostics;
        }

        var seen = new Dictionary<LocalDate, string>();
        var occasions = new HashSet<HolidayOccasion>();
        var holidaysPath = JsonPointer.Append(path, "holidays");
        for (var i = 0; i < schedule.Holidays.Count; i++)
        {
            ValidateHoliday(schedule.Holidays[i], JsonPointer.Append(holidaysPath, i), year, occasions, seen, diagnostics);
        }

        ValidateSwaps(schedule.Swaps, JsonPointer.Append(path, "swaps"), year, seen, diagnostics);
        return diagnostics;
    }

    private static void ValidateHoliday(
        ScheduledHoliday holiday, string at, int year, HashSet<HolidayOccasion> occasions, Dictionary<LocalDate, string> seen, List<Diagnostic> diagnostics)
    {
        var code = Code(holiday.Occasion);
        if (holiday.Occasion == HolidayOccasion.Other)
        {
            if (string.IsNullOrWhiteSpace(holiday.NameVi) || string.IsNullOrWhiteSpace(holiday.NameEn))
            {
                diagnostics.Add(CalendarDiagnostics.OtherNeedsNames.Create(at));
            }
        }
        else if (!occasions.Add(holiday.Occasion))
        {
            diagnostics.Add(CalendarDiagnostics.DuplicateOccasion.Create(JsonPointer.Append(at, "occasion"), code, year));
        }

        var daysPath = JsonPointer.Append(at, "days");
        if (holiday.Days.Count == 0)
        {
            diagnostics.Add(CalendarDiagnostics.NoDays.Create(daysPath, code));
        }
        else if (holiday.Occasion != HolidayOccasion.Other)
        {
            var expected = LaborCodeRules.StatutoryDayCount(year, holiday.Occasion);
            if (holiday.Days.Count != expected)
            {
                diagnostics.Add(CalendarDiagnostics.UnexpectedDayCount.Create(daysPath, code, holiday.Days.Count, LaborCodeRules.LegalBasis(year), expected));
            }
        }

        CheckDates(holiday.Days, daysPath, year, seen, diagnostics);
        if (holiday.CompensatoryDays is { } compensatory)
        {
            var compensatoryPath = JsonPointer.Append(at, "compensatoryDays");
            CheckDates(compensatory, compensatoryPath, year, seen, diagnostics);
            for (var j = 0; j < compensatory.Count; j++)
            {
                if (IsWeekend(compensatory[j]))
                {
                    var (en, vi) = DayName(compensatory[j]);
                    diagnostics.Add(CalendarDiagnostics.CompensatoryOnWeekend.Create(JsonPointer.Append(compensatoryPath, j), Iso(compensatory[j]), en, vi));
                }
            }
        }
    }

    private static void ValidateSwaps(IReadOnlyList<WorkdaySwap> swaps, string swapsPath, int year, Dictionary<LocalDate, string> seen, List<Diagnostic> diagnostics)
    {
        var worked = new List<(LocalDate Day, string Path)>();
        for (var i = 0; i < swaps.Count; i++)
        {
            var swap = swaps[i];
            var at = JsonPointer.Append(swapsPath, i);
            var dayOffPath = JsonPointer.Append(at, "dayOff");
            var workedPath = JsonPointer.Append(at, "workedOn");
            if (IsWeekend(swap.DayOff))
            {
                var (en, vi) = DayName(swap.DayOff);
                diagnostics.Add(CalendarDiagnostics.SwappedDayNotWeekday.Create(dayOffPath, Iso(swap.DayOff), en, vi));
            }

            if (!IsWeekend(swap.WorkedOn))
            {
                var (en, vi) = DayName(swap.WorkedOn);
                diagnostics.Add(CalendarDiagnostics.WorkedDayNotWeekend.Create(workedPath, Iso(swap.WorkedOn), en, vi));
            }

            CheckDates([swap.DayOff], dayOffPath, year, seen, diagnostics, single: true);
            CheckDates([swap.WorkedOn], workedPath, year, seen: null, diagnostics, single: true);
            worked.Add((swap.WorkedOn, workedPath));
        }

        foreach (var (day, at) in worked)
        {
            if (seen.TryGetValue(day, out var first))
            {
                diagnostics.Add(CalendarDiagnostics.DateConflict.Create(at, Iso(day), first));
            }
        }
    }

    private static void CheckDates(
        IReadOnlyList<LocalDate> dates, string path, int year, Dictionary<LocalDate, string>? seen, List<Diagnostic> diagnostics, bool single = false)
    {
        var earliest = new LocalDate(year, 1, 1).PlusDays(-31);
        var latest = new LocalDate(year, 12, 31).PlusDays(31);
        for (var j = 0; j < dates.Count; j++)
        {
            var date = dates[j];
            var at = single ? path : JsonPointer.Append(path, j);
            if (date < earliest || date > latest)
            {
                diagnostics.Add(CalendarDiagnostics.DateOutsideYear.Create(at, Iso(date), year));
            }

            if (seen is null)
            {
                continue;
            }

            if (!seen.TryAdd(date, at))
            {
                diagnostics.Add(CalendarDiagnostics.DateConflict.Create(at, Iso(date), seen[date]));
            }
        }
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Code(HolidayOccasion occasion) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(occasion.ToString());

    private static (string En, string Vi) DayName(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => ("Monday", "thứ Hai"),
        IsoDayOfWeek.Tuesday => ("Tuesday", "thứ Ba"),
        IsoDayOfWeek.Wednesday => ("Wednesday", "thứ Tư"),
        IsoDayOfWeek.Thursday => ("Thursday", "thứ Năm"),
        IsoDayOfWeek.Friday => ("Friday", "thứ Sáu"),
        IsoDayOfWeek.Saturday => ("Saturday", "thứ Bảy"),
        _ => ("Sunday", "Chủ nhật"),
    };
}
