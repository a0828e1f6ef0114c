namespace Cchc.Domain.Scoring;

/// <summary>How many units of a block (or of every block) fall in a class.</summary>
/// <param name="Block">The block, or <see langword="null"/> for the total over all blocks.</param>
/// <param name="ClassCode">The class code; the empty string for units no band covers.</param>
/// <param name="Label">The class label.</param>
/// <param name="Count">The number of units, excluded units included.</param>
public sealed record ClassCount(string? Block, string ClassCode, string Label, int Count);
