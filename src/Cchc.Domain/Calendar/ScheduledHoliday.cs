using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// The days off of one occasion as an official schedule fixes them: the statutory days (for Tết, the five
/// days the Prime Minister chose) and, optionally, the compensatory days (nghỉ bù).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScheduledHoliday
{
    /// <summary>Creates the entry.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="days">The statutory days off (weekend days included when they are among the law's days).</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public ScheduledHoliday(HolidayOccasion occasion, IEnumerable<LocalDate> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        Occasion = occasion;
        Days = [.. days];
    }

    /// <summary>The occasion.</summary>
    public HolidayOccasion Occasion { get; }

    /// <summary>The statutory days off, in the order given.</summary>
    public IReadOnlyList<LocalDate> Days { get; }

    /// <summary>
    /// The compensatory days (nghỉ bù) as announced; <see langword="null"/> to derive them by the rule of
    /// BLLĐ 2019 Điều 111(3) (a statutory day on a Saturday or Sunday gives the next working day off).
    /// </summary>
    public IReadOnlyList<LocalDate>? CompensatoryDays { get; init; }

    /// <summary>The Vietnamese name; <see langword="null"/> for the occasion's usual name (required for <see cref="HolidayOccasion.Other"/>).</summary>
    public string? NameVi { get; init; }

    /// <summary>The English name; <see langword="null"/> for the occasion's usual name (required for <see cref="HolidayOccasion.Other"/>).</summary>
    public string? NameEn { get; init; }

    /// <summary>The notice or decision that fixes these days.</summary>
    public string? Source { get; init; }

    /// <inheritdoc />
    public bool Equals(ScheduledHoliday? other) =>
        other is not null && Occasion == other.Occasion && Days.SequenceEqual(other.Days) &&
        (CompensatoryDays is null ? other.CompensatoryDays is null : other.CompensatoryDays is not null && CompensatoryDays.SequenceEqual(other.CompensatoryDays)) &&
        string.Equals(NameVi, other.NameVi, StringComparison.Ordinal) && string.Equals(NameEn, other.NameEn, StringComparison.Ordinal) &&
        string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Occasion, Days.Count, NameVi);
}
