namespace Cchc.Domain.Targets;

/// <summary>The unit of a target's value.</summary>
public enum QuantityUnit
{
    /// <summary>A percentage, 0–100 for a level.</summary>
    Percent = 0,

    /// <summary>Percentage points (a change of a percentage).</summary>
    PercentagePoints = 1,

    /// <summary>A count of things ("07-09 sáng kiến").</summary>
    Count = 2,

    /// <summary>Index points ("tăng 0,5-1 điểm").</summary>
    Points = 3,

    /// <summary>A rank or a number of places ("TOP 20", "tăng 10 bậc").</summary>
    Rank = 4,

    /// <summary>Any other unit; see the target's unit text.</summary>
    Other = 5,
}
