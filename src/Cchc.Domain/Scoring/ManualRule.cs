namespace Cchc.Domain.Scoring;

/// <summary>Manual points: the appraiser enters points within [0, max]; values outside are reported and clamped. Takes <see cref="PointsInput"/>.</summary>
/// <example>"Hội đồng thẩm định xem xét, chấm điểm".</example>
public sealed record ManualRule : ScoringRule
{
    /// <summary>The single instance (the rule has no parameters).</summary>
    public static ManualRule Instance { get; } = new();

    /// <inheritdoc />
    public override string Kind => "manual";

    /// <inheritdoc />
    public override string InputKind => "points";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar) =>
        ((PointsInput)input).Points;
}
