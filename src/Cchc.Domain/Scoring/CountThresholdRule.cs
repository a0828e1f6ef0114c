namespace Cchc.Domain.Scoring;

/// <summary>
/// Count thresholds, stepwise with a cap: nothing below <see cref="Minimum"/>; at the minimum
/// <see cref="BasePoints"/>; then <see cref="StepPoints"/> more for every further <see cref="Step"/>
/// counted; never more than the leaf's maximum. Takes <see cref="CountInput"/>.
/// </summary>
/// <example>"Có từ 02 sáng kiến: 1 điểm; mỗi sáng kiến thêm: 0,25 điểm; tối đa 2 điểm"
/// (Minimum 2, BasePoints 1, Step 1, StepPoints 0.25). The pattern of Nghị quyết 1211/2016/UBTVQH13.</example>
/// <param name="Minimum">The count needed for any points, zero or more.</param>
/// <param name="BasePoints">The points at the minimum.</param>
/// <param name="Step">The count of each further step, 1 or more; 0 for no steps.</param>
/// <param name="StepPoints">The points added per step, zero or more.</param>
public sealed record CountThresholdRule(int Minimum, decimal BasePoints, int Step, decimal StepPoints) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "countThreshold";

    /// <inheritdoc />
    public override string InputKind => "count";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        long count = ((CountInput)input).Count;
        if (count < Minimum)
        {
            return 0m;
        }

        var basePoints = Math.Max(BasePoints, 0m);
        var stepPoints = Math.Max(StepPoints, 0m);
        var steps = Step > 0 ? (count - Minimum) / Step : 0L;

        // Compared before multiplying: a billion steps of huge step points do not fit a decimal.
        return steps > 0 && stepPoints > (maxPoints - basePoints) / steps ? maxPoints : Math.Min(basePoints + (steps * stepPoints), maxPoints);
    }
}
