namespace Cchc.Domain.Scoring;

/// <summary>An item of the bonus/penalty block: scored by its rule like a leaf, then added or removed outside the 100 points.</summary>
/// <param name="Code">The code, unique in the framework, for example <c>"9.1"</c>.</param>
/// <param name="Title">The Vietnamese title.</param>
/// <param name="Direction">Bonus or penalty.</param>
/// <param name="MaxPoints">The most this item can add or remove.</param>
/// <param name="Evidence">The evidence requirement, or <see langword="null"/>.</param>
/// <param name="Rule">The rule that gives the item's points (for a penalty, the points removed).</param>
public sealed record AdjustmentItem(string Code, string Title, AdjustmentDirection Direction, decimal MaxPoints, string? Evidence, ScoringRule Rule);
