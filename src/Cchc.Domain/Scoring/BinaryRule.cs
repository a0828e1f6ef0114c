namespace Cchc.Domain.Scoring;

/// <summary>Có / không: the maximum when the requirement is met, 0 otherwise. Takes <see cref="BinaryInput"/>.</summary>
/// <example>"Có ban hành kế hoạch CCHC năm: điểm tối đa; không ban hành: 0 điểm".</example>
public sealed record BinaryRule : ScoringRule
{
    /// <summary>The single instance (the rule has no parameters).</summary>
    public static BinaryRule Instance { get; } = new();

    /// <inheritdoc />
    public override string Kind => "binary";

    /// <inheritdoc />
    public override string InputKind => "binary";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar) =>
        ((BinaryInput)input).Achieved ? maxPoints : 0m;
}
