namespace Cchc.Domain.Scoring;

/// <summary>
/// Max × ratio: a percentage p earns max × p / 100 (p capped at 100). With a floor, percentages below
/// <see cref="FloorPercent"/> earn 0. Takes <see cref="RatioInput"/>.
/// </summary>
/// <example>"Điểm = tỷ lệ hồ sơ giải quyết đúng hạn × điểm tối đa; dưới 50 %: 0 điểm".</example>
/// <param name="FloorPercent">The percentage below which nothing is earned, or <see langword="null"/>.</param>
public sealed record ProportionalRule(decimal? FloorPercent) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "proportional";

    /// <inheritdoc />
    public override string InputKind => "ratio";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        var percent = Math.Clamp(((RatioInput)input).Percent, 0m, 100m);
        if (FloorPercent is { } floor && percent < floor)
        {
            return 0m;
        }

        return PointMath.Scale(maxPoints, percent, 100m);
    }
}
