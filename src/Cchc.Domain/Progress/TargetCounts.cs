using Cchc.Domain.Targets;

namespace Cchc.Domain.Progress;

/// <summary>Counts of targets by outcome: <see cref="Met"/> + <see cref="NotMet"/> + <see cref="Unknown"/> = <see cref="Total"/>.</summary>
/// <param name="Met">Targets met.</param>
/// <param name="NotMet">Targets not met.</param>
/// <param name="Unknown">Targets that cannot be decided: qualitative, or without an actual value.</param>
public sealed record TargetCounts(int Met, int NotMet, int Unknown)
{
    /// <summary>Every target.</summary>
    public int Total => Met + NotMet + Unknown;

    /// <summary>The share of decided targets that are met, 0 to 1 (four decimals, half away from zero); <see langword="null"/> when none is decided.</summary>
    public decimal? MetShareOfDecided => ProgressShares.Of(Met, Met + NotMet);

    internal static TargetCounts Of(IEnumerable<TargetProgress> targets)
    {
        int met = 0, notMet = 0, unknown = 0;
        foreach (var target in targets)
        {
            switch (target.Outcome)
            {
                case TargetOutcome.Met: met++; break;
                case TargetOutcome.NotMet: notMet++; break;
                default: unknown++; break;
            }
        }

        return new TargetCounts(met, notMet, unknown);
    }
}
