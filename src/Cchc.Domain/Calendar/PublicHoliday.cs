using System.Globalization;
using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// Days off of one occasion and one kind in a year: for example the five statutory days of Tết, the two
/// compensatory days (nghỉ bù) after them, or a bridge day swapped for a Saturday worked (làm bù).
/// </summary>
/// <remarks>Equality compares every member, the date lists element by element.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PublicHoliday
{
    /// <summary>Creates a holiday entry.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="kind">Why the days are off.</param>
    /// <param name="nameVi">The Vietnamese name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="dates">The days off, in ascending order (weekend days included when the law names them).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty.</exception>
    public PublicHoliday(HolidayOccasion occasion, HolidayKind kind, string nameVi, string nameEn, IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(nameVi);
        ArgumentNullException.ThrowIfNull(nameEn);
        ArgumentNullException.ThrowIfNull(dates);
        Occasion = occasion;
        Kind = kind;
        NameVi = nameVi;
        NameEn = nameEn;
        Dates = [.. dates.Order()];
        if (Dates.Count == 0)
        {
            throw new ArgumentException("A holiday has at least one date.", nameof(dates));
        }
    }

    /// <summary>The occasion the days belong to.</summary>
    public HolidayOccasion Occasion { get; }

    /// <summary>Why the days are off: statutory, compensatory (nghỉ bù) or swapped (hoán đổi).</summary>
    public HolidayKind Kind { get; }

    /// <summary>The Vietnamese name, for example <c>Tết Nguyên đán</c> or <c>Nghỉ bù Tết Nguyên đán</c>.</summary>
    public string NameVi { get; }

    /// <summary>The English name, for example <c>Lunar New Year (Tết)</c>.</summary>
    public string NameEn { get; }

    /// <summary>The days off, ascending.</summary>
    public IReadOnlyList<LocalDate> Dates { get; }

    /// <summary>For a <see cref="HolidayKind.Swap"/>: the Saturdays (or Sundays) worked in exchange (làm bù); otherwise empty.</summary>
    public IReadOnlyList<LocalDate> MakeUpDates { get; init; } = [];

    /// <summary>The legal basis or the official notice the days come from (for example <c>Thông báo 5015/TB-LĐTBXH</c>).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Whether the days were derived from the Labour Code's rules because no official schedule of the
    /// year covers this occasion: the Prime Minister's actual choice may differ.
    /// </summary>
    public bool IsProvisional { get; init; }

    /// <summary>The first day off.</summary>
    public LocalDate First => Dates[0];

    /// <summary>The last day off.</summary>
    public LocalDate Last => Dates[^1];

    /// <inheritdoc />
    public bool Equals(PublicHoliday? other) =>
        other is not null && Occasion == other.Occasion && Kind == other.Kind &&
        string.Equals(NameVi, other.NameVi, StringComparison.Ordinal) && string.Equals(NameEn, other.NameEn, StringComparison.Ordinal) &&
        Dates.SequenceEqual(other.Dates) && MakeUpDates.SequenceEqual(other.MakeUpDates) &&
        string.Equals(Source, other.Source, StringComparison.Ordinal) && IsProvisional == other.IsProvisional;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Occasion, Kind, NameVi, Dates[0], Dates.Count);

    /// <summary>A one-line description: <c>2024-02-08..2024-02-12 Tết Nguyên đán (statutory)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First:uuuu-MM-dd}{(Dates.Count > 1 ? $"..{Last:uuuu-MM-dd}" : string.Empty)} {NameVi} ({Kind.ToString().ToLowerInvariant()})");
}
