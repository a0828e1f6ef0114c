namespace Cchc.Domain.Calendar;

/// <summary>
/// The civil-servant schedule (lịch nghỉ lễ, tết của cán bộ, công chức, viên chức) announced for one year:
/// the days off of the occasions it covers and the swapped working days. Occasions it does not cover
/// follow the Labour Code's rules.
/// </summary>
/// <remarks>
/// Each year the Prime Minister decides which five days of Tết are off and which day next to 2/9 is off
/// (BLLĐ 2019 Điều 112 khoản 3), and may agree to swaps; the ministry in charge (Bộ LĐTBXH until 2025,
/// Bộ Nội vụ since) announces them in a Thông báo. Register a new year's schedule with
/// <see cref="WorkingCalendar.With(OfficialSchedule)"/> or read it from JSON with
/// <see cref="Schedules.OfficialScheduleJson"/>.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OfficialSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="year">The year (2000–2199).</param>
    /// <param name="holidays">The occasions the schedule fixes (at most one entry per occasion, except <see cref="HolidayOccasion.Other"/>).</param>
    /// <param name="swaps">The swapped working days.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public OfficialSchedule(int year, IEnumerable<ScheduledHoliday> holidays, IEnumerable<WorkdaySwap>? swaps = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        Year = year;
        Holidays = [.. holidays];
        Swaps = swaps is null ? [] : [.. swaps];
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The occasions the schedule fixes.</summary>
    public IReadOnlyList<ScheduledHoliday> Holidays { get; }

    /// <summary>The swapped working days.</summary>
    public IReadOnlyList<WorkdaySwap> Swaps { get; }

    /// <summary>The notices or decisions the schedule comes from, as a whole.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// This schedule with <paramref name="later"/> laid over it: occasions in <paramref name="later"/>
    /// replace those here, its swaps are added (replacing a swap with the same day off). Used when a year's
    /// schedule is announced in several notices.
    /// </summary>
    /// <param name="later">A schedule of the same year.</param>
    /// <returns>The merged schedule.</returns>
    /// <exception cref="ArgumentException"><paramref name="later"/> is for another year.</exception>
    public OfficialSchedule Merge(OfficialSchedule later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (later.Year != Year)
        {
            throw new ArgumentException("Only schedules of the same year can be merged.", nameof(later));
        }

        var replaced = later.Holidays.Where(h => h.Occasion != HolidayOccasion.Other).Select(h => h.Occasion).ToHashSet();
        var holidays = Holidays.Where(h => !replaced.Contains(h.Occasion)).Concat(later.Holidays);
        var swapDays = later.Swaps.Select(s => s.DayOff).ToHashSet();
        var swaps = Swaps.Where(s => !swapDays.Contains(s.DayOff)).Concat(later.Swaps);
        var source = Source is null ? later.Source : later.Source is null ? Source : Source + "; " + later.Source;
        return new OfficialSchedule(Year, holidays, swaps) { Source = source };
    }

    /// <inheritdoc />
    public bool Equals(OfficialSchedule? other) =>
        other is not null && Year == other.Year && Holidays.SequenceEqual(other.Holidays) && Swaps.SequenceEqual(other.Swaps) &&
        string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Holidays.Count, Swaps.Count);
}
