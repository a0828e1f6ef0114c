using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// The bonus/penalty block (điểm thưởng, điểm trừ) kept outside the criteria tree: bonus items add at
/// most <see cref="BonusCap"/>, penalty items remove at most <see cref="PenaltyCap"/>.
/// </summary>
/// <param name="BonusCap">The most bonus points counted in total.</param>
/// <param name="PenaltyCap">The most penalty points counted in total.</param>
/// <param name="Items">The items.</param>
public sealed record AdjustmentBlock(decimal BonusCap, decimal PenaltyCap, ValueList<AdjustmentItem> Items);
