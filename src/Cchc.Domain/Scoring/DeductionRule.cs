namespace Cchc.Domain.Scoring;

/// <summary>Deduction per violation: the maximum minus <see cref="PointsPerViolation"/> for each violation, never below 0. Takes <see cref="CountInput"/> (the number of violations).</summary>
/// <example>"Mỗi văn bản ban hành sai quy định trừ 0,25 điểm, trừ đến hết điểm".</example>
/// <param name="PointsPerViolation">The points removed per violation, more than 0.</param>
public sealed record DeductionRule(decimal PointsPerViolation) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "deduction";

    /// <inheritdoc />
    public override string InputKind => "count";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        var violations = Math.Max(((CountInput)input).Count, 0);
        var perViolation = Math.Max(PointsPerViolation, 0m);

        // Compared before multiplying: the product of a huge count and huge points per violation does not fit a decimal.
        return violations > 0 && perViolation > maxPoints / violations ? 0m : maxPoints - (violations * perViolation);
    }
}
