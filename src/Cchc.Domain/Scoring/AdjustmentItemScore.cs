namespace Cchc.Domain.Scoring;

/// <summary>The result of one bonus/penalty item.</summary>
/// <param name="Code">The item code.</param>
/// <param name="Title">The Vietnamese title.</param>
/// <param name="Direction">Bonus or penalty.</param>
/// <param name="MaxPoints">The item's maximum.</param>
/// <param name="Points">The final points (for a penalty, the points removed).</param>
/// <param name="SelfAssessedPoints">The points of the self-assessment round.</param>
public sealed record AdjustmentItemScore(string Code, string Title, AdjustmentDirection Direction, decimal MaxPoints, decimal Points, decimal SelfAssessedPoints);
