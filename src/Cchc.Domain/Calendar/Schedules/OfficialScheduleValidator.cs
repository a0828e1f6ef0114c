using Cchc.Domain.Diagnostics;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>
/// The semantic rules of an <see cref="OfficialSchedule"/> (codes CCHC3001–CCHC3011): the year in the
/// calendar's range, each occasion once with the statutory number of days, dates near the year and
/// never twice, compensatory days on weekdays, swaps of a weekday off against a weekend day worked.
/// </summary>
/// <remarks>
/// A FluentValidation validator, like the validators of <c>Cchc.Domain.Validation</c> (it lives here
/// because the calendar sits below validation): run it with
/// <c>Validate(schedule).ToDiagnostics()</c> (or <c>Diagnose(schedule)</c>), <c>Include</c> it in a
/// validator of your own or derive from it to add rules, whose failures come out as
/// <see cref="DiagnosticCodes.UserRule"/>. Paths are JSON Pointers into the schedule's JSON.
/// </remarks>
public class OfficialScheduleValidator : AbstractValidator<OfficialSchedule>
{
    /// <summary>The key of the root context data that holds the pointer of the schedule inside a larger document.</summary>
    private const string BaseKey = "Cchc.Domain.SchedulePointer";

    /// <summary>Creates the validator with every rule of the library.</summary>
    public OfficialScheduleValidator() => RuleFor(s => s).Custom(Check);

    /// <summary>The instance the readers share.</summary>
    internal static OfficialScheduleValidator Shared { get; } = new();

    /// <summary>The diagnostics of <paramref name="schedule"/> standing at <paramref name="path"/> of a larger document (the readers' entry point).</summary>
    internal static IReadOnlyList<Diagnostic> Validate(OfficialSchedule schedule, string path)
    {
        var context = new ValidationContext<OfficialSchedule>(schedule);
        context.RootContextData[BaseKey] = path;
        return Shared.Validate(context).ToDiagnostics();
    }

    private static void Check(OfficialSchedule schedule, ValidationContext<OfficialSchedule> context)
    {
        var path = context.RootContextData.TryGetValue(BaseKey, out var at) && at is string pointer ? pointer : JsonPointer.Root;
        var year = schedule.Year;
        if (year < WorkingCalendar.MinDate.Year || year > WorkingCalendar.MaxDate.Year)
        {
            context.Report(CalendarDiagnostics.YearOutOfRange, JsonPointer.Append(path, "year"), year, WorkingCalendar.MinDate.Year, WorkingCalendar.MaxDate.Year);
            return;
        }

        var seen = new Dictionary<LocalDate, string>();
        var occasions = new HashSet<HolidayOccasion>();
        var holidaysPath = JsonPointer.Append(path, "holidays");
        for (var i = 0; i < schedule.Holidays.Count; i++)
        {
            ValidateHoliday(schedule.Holidays[i], JsonPointer.Append(holidaysPath, i), year, occasions, seen, context);
        }

        ValidateSwaps(schedule.Swaps, JsonPointer.Append(path, "swaps"), year, seen, context);
    }

    private static void ValidateHoliday(
        ScheduledHoliday holiday, string at, int year, HashSet<HolidayOccasion> occasions, Dictionary<LocalDate, string> seen, ValidationContext<OfficialSchedule> context)
    {
        var code = Code(holiday.Occasion);
        if (holiday.Occasion == HolidayOccasion.Other)
        {
            if (string.IsNullOrWhiteSpace(holiday.NameVi) || string.IsNullOrWhiteSpace(holiday.NameEn))
            {
                context.Report(CalendarDiagnostics.OtherNeedsNames, at);
            }
        }
        else if (!occasions.Add(holiday.Occasion))
        {
            context.Report(CalendarDiagnostics.DuplicateOccasion, JsonPointer.Append(at, "occasion"), code, year);
        }

        var daysPath = JsonPointer.Append(at, "days");
        if (holiday.Days.Count == 0)
        {
            context.Report(CalendarDiagnostics.NoDays, daysPath, code);
        }
        else if (holiday.Occasion != HolidayOccasion.Other)
        {
            var expected = LaborCodeRules.StatutoryDayCount(year, holiday.Occasion);
            if (holiday.Days.Count != expected)
            {
                context.Report(CalendarDiagnostics.UnexpectedDayCount, daysPath, code, holiday.Days.Count, LaborCodeRules.LegalBasis(year), expected);
            }
        }

        CheckDates(holiday.Days, daysPath, year, seen, context);
        if (holiday.CompensatoryDays is { } compensatory)
        {
            var compensatoryPath = JsonPointer.Append(at, "compensatoryDays");
            CheckDates(compensatory, compensatoryPath, year, seen, context);
            for (var j = 0; j < compensatory.Count; j++)
            {
                if (IsWeekend(compensatory[j]))
                {
                    var (en, vi) = DayName(compensatory[j]);
                    context.Report(CalendarDiagnostics.CompensatoryOnWeekend, JsonPointer.Append(compensatoryPath, j), Iso(compensatory[j]), en, vi);
                }
            }
        }
    }

    private static void ValidateSwaps(IReadOnlyList<WorkdaySwap> swaps, string swapsPath, int year, Dictionary<LocalDate, string> seen, ValidationContext<OfficialSchedule> context)
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
                context.Report(CalendarDiagnostics.SwappedDayNotWeekday, dayOffPath, Iso(swap.DayOff), en, vi);
            }

            if (!IsWeekend(swap.WorkedOn))
            {
                var (en, vi) = DayName(swap.WorkedOn);
                context.Report(CalendarDiagnostics.WorkedDayNotWeekend, workedPath, Iso(swap.WorkedOn), en, vi);
            }

            CheckDates([swap.DayOff], dayOffPath, year, seen, context, single: true);
            CheckDates([swap.WorkedOn], workedPath, year, seen: null, context, single: true);
            worked.Add((swap.WorkedOn, workedPath));
        }

        foreach (var (day, at) in worked)
        {
            if (seen.TryGetValue(day, out var first))
            {
                context.Report(CalendarDiagnostics.DateConflict, at, Iso(day), first);
            }
        }
    }

    private static void CheckDates(
        IReadOnlyList<LocalDate> dates, string path, int year, Dictionary<LocalDate, string>? seen, ValidationContext<OfficialSchedule> context, bool single = false)
    {
        var earliest = new LocalDate(year, 1, 1).PlusDays(-31);
        var latest = new LocalDate(year, 12, 31).PlusDays(31);
        for (var j = 0; j < dates.Count; j++)
        {
            var date = dates[j];
            var at = single ? path : JsonPointer.Append(path, j);
            if (date < earliest || date > latest)
            {
                context.Report(CalendarDiagnostics.DateOutsideYear, at, Iso(date), year);
            }

            if (seen is null)
            {
                continue;
            }

            if (!seen.TryAdd(date, at))
            {
                context.Report(CalendarDiagnostics.DateConflict, at, Iso(date), seen[date]);
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
