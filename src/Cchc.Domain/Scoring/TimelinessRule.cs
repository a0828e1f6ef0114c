namespace Cchc.Domain.Scoring;

/// <summary>
/// On time / late / not done: the maximum when delivered on or before the last on-time date (the due
/// date plus <see cref="GraceDays"/>, counted by the scorer's <see cref="ITimelinessCalendar"/>),
/// max × <see cref="LateFraction"/> when late, 0 when not done. Takes <see cref="TimelinessInput"/>.
/// </summary>
/// <example>"Báo cáo đúng thời hạn: điểm tối đa; chậm: 50 %; không báo cáo: 0 điểm".</example>
/// <param name="LateFraction">The fraction of the maximum earned when late, 0 to 1.</param>
/// <param name="GraceDays">Days after the due date still counted as on time, zero or more.</param>
public sealed record TimelinessRule(decimal LateFraction, int GraceDays) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "timeliness";

    /// <inheritdoc />
    public override string InputKind => "timeliness";

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        var timeliness = (TimelinessInput)input;
        if (timeliness.Delivered is not { } delivered)
        {
            return 0m;
        }

        return delivered <= calendar.LastOnTimeDate(timeliness.Due, GraceDays) ? maxPoints : PointMath.Share(maxPoints, LateFraction);
    }
}
