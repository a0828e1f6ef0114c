namespace Cchc.Domain.Scoring;

/// <summary>Whether an item of the bonus/penalty block adds or removes points.</summary>
public enum AdjustmentDirection
{
    /// <summary>Bonus points (điểm thưởng, điểm cộng).</summary>
    Bonus = 0,

    /// <summary>Penalty points (điểm trừ).</summary>
    Penalty = 1,
}
