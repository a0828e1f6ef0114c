using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// Resolves the days off of one year: the Labour Code's rules, overlaid by the year's official schedule,
/// plus compensatory days (nghỉ bù) and swaps.
/// </summary>
internal static class HolidayYear
{
    public static IReadOnlyList<PublicHoliday> Resolve(int year, OfficialSchedule? schedule)
    {
        var entries = new List<(ScheduledHoliday Holiday, bool Provisional)>();
        var scheduled = schedule?.Holidays ?? [];
        foreach (var rule in LaborCodeRules.StatutoryHolidays(year))
        {
            var announced = scheduled.FirstOrDefault(h => h.Occasion == rule.Occasion);
            entries.Add(announced is null ? (rule, true) : (announced, false));
        }

        foreach (var extra in scheduled.Where(h => !entries.Exists(e => e.Holiday == h)))
        {
            entries.Add((extra, false));
        }

        var swaps = schedule?.Swaps ?? [];
        var derived = DeriveCompensatoryDays(entries.Select(e => e.Holiday).ToList(), swaps);
        var result = new List<PublicHoliday>();
        foreach (var (holiday, provisional) in entries)
        {
            AddEntries(result, year, holiday, provisional, derived);
        }

        foreach (var swap in swaps)
        {
            result.Add(SwapEntry(swap, schedule?.Source));
        }

        result.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Kind.CompareTo(b.Kind));
        return result;
    }

    private static Dictionary<ScheduledHoliday, List<LocalDate>> DeriveCompensatoryDays(List<ScheduledHoliday> holidays, IReadOnlyList<WorkdaySwap> swaps)
    {
        var off = new HashSet<LocalDate>(holidays.SelectMany(h => h.Days.Concat(h.CompensatoryDays ?? [])));
        off.UnionWith(swaps.Select(s => s.DayOff));
        var worked = swaps.Select(s => s.WorkedOn).ToHashSet();

        // Nghỉ bù (BLLĐ 2019 Điều 111 khoản 3): each statutory day on a weekly rest day gives the next
        // working day off; weekend days are taken in date order so that a run of holidays pushes its
        // compensatory days past the run.
        var derived = new Dictionary<ScheduledHoliday, List<LocalDate>>();
        var weekendDays = holidays
            .Where(h => h.CompensatoryDays is null)
            .SelectMany(h => h.Days.Where(IsWeekend).Select(d => (Day: d, Holiday: h)))
            .OrderBy(x => x.Day);
        foreach (var (day, holiday) in weekendDays)
        {
            var next = day.PlusDays(1);
            while ((IsWeekend(next) && !worked.Contains(next)) || off.Contains(next))
            {
                next = next.PlusDays(1);
            }

            off.Add(next);
            if (!derived.TryGetValue(holiday, out var list))
            {
                derived[holiday] = list = [];
            }

            list.Add(next);
        }

        return derived;
    }

    private static void AddEntries(
        List<PublicHoliday> result, int year, ScheduledHoliday holiday, bool provisional, Dictionary<ScheduledHoliday, List<LocalDate>> derived)
    {
        var nameVi = holiday.NameVi ?? HolidayNames.Vietnamese(holiday.Occasion);
        var nameEn = holiday.NameEn ?? HolidayNames.English(holiday.Occasion);
        if (holiday.Days.Count > 0)
        {
            result.Add(new PublicHoliday(holiday.Occasion, HolidayKind.Statutory, nameVi, nameEn, holiday.Days)
            {
                Source = holiday.Source,
                IsProvisional = provisional,
            });
        }

        var compensatory = holiday.CompensatoryDays ?? (derived.TryGetValue(holiday, out var list) ? list : null);
        if (compensatory is { Count: > 0 })
        {
            result.Add(new PublicHoliday(holiday.Occasion, HolidayKind.Compensatory, "Nghỉ bù " + nameVi, "Compensatory day off: " + nameEn, compensatory)
            {
                Source = holiday.CompensatoryDays is null ? LaborCodeRules.CompensatoryBasis(year) : holiday.Source,
                IsProvisional = provisional,
            });
        }
    }

    private static PublicHoliday SwapEntry(WorkdaySwap swap, string? scheduleSource)
    {
        var occasion = swap.Occasion ?? HolidayOccasion.Other;
        var vi = swap.Occasion is { } o ? $"Nghỉ hoán đổi ({HolidayNames.Vietnamese(o)})" : "Nghỉ hoán đổi";
        var en = swap.Occasion is { } e ? $"Swapped day off ({HolidayNames.English(e)})" : "Swapped day off";
        return new PublicHoliday(occasion, HolidayKind.Swap, vi, en, [swap.DayOff])
        {
            MakeUpDates = [swap.WorkedOn],
            Source = swap.Source ?? scheduleSource,
        };
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
