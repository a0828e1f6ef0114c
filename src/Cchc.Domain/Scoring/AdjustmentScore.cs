using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>The result of the bonus/penalty block: capped totals and the items.</summary>
/// <param name="Bonus">Bonus points counted (at most the cap).</param>
/// <param name="Penalty">Penalty points counted (at most the cap).</param>
/// <param name="Items">The items' results.</param>
public sealed record AdjustmentScore(decimal Bonus, decimal Penalty, ValueList<AdjustmentItemScore> Items)
{
    /// <summary>No bonus/penalty block.</summary>
    public static AdjustmentScore None { get; } = new(0m, 0m, []);

    /// <summary>Bonus minus penalty.</summary>
    public decimal Net => Bonus - Penalty;
}
