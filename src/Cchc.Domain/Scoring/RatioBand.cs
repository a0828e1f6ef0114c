namespace Cchc.Domain.Scoring;

/// <summary>
/// One band of a <see cref="RatioBandsRule"/>: an interval of percentages, each bound inclusive or
/// exclusive as the sheet writes it ("từ 80 % đến dưới 100 %" is From 80 inclusive, To 100 exclusive).
/// </summary>
/// <param name="From">The lower bound in percent, or <see langword="null"/> for no lower bound.</param>
/// <param name="FromInclusive">Whether <see cref="From"/> itself belongs to the band.</param>
/// <param name="To">The upper bound in percent, or <see langword="null"/> for no upper bound.</param>
/// <param name="ToInclusive">Whether <see cref="To"/> itself belongs to the band.</param>
/// <param name="Fraction">The fraction of the maximum earned in the band, 0 to 1.</param>
public sealed record RatioBand(decimal? From, bool FromInclusive, decimal? To, bool ToInclusive, decimal Fraction)
{
    /// <summary>Whether <paramref name="percent"/> lies in the band.</summary>
    /// <param name="percent">A percentage.</param>
    /// <returns><see langword="true"/> when the value is within both bounds.</returns>
    public bool Contains(decimal percent) =>
        (From is not { } from || percent > from || (FromInclusive && percent == from))
        && (To is not { } to || percent < to || (ToInclusive && percent == to));
}
