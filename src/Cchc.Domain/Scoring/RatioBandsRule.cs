using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Percentage bands: the fraction of the first band containing the percentage, 0 when none does.
/// Takes <see cref="RatioInput"/>; percentages above 100 count as 100.
/// </summary>
/// <example>"Đạt 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; dưới 80 %: 0 điểm".</example>
/// <param name="Bands">The bands, in any order; they must not overlap.</param>
public sealed record RatioBandsRule(ValueList<RatioBand> Bands) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "ratioBands";

    /// <inheritdoc />
    public override string InputKind => "ratio";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        var percent = Math.Min(((RatioInput)input).Percent, 100m);
        foreach (var band in Bands)
        {
            if (band.Contains(percent))
            {
                return PointMath.Share(maxPoints, band.Fraction);
            }
        }

        return 0m;
    }
}
