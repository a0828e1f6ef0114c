namespace Cchc.Domain.Scoring;

/// <summary>How a value is rounded to the policy's number of decimals.</summary>
public enum ScoreRoundingMode
{
    /// <summary>Half away from zero: 89.455 → 89.46 (the usual "làm tròn").</summary>
    HalfUp = 0,

    /// <summary>Half to even (banker's rounding): 89.445 → 89.44, 89.455 → 89.46.</summary>
    HalfEven = 1,

    /// <summary>Cut the extra decimals: 89.457 → 89.45.</summary>
    Truncate = 2,
}
