using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>The ranking of many units: every card once, by block, best first, and the class counts.</summary>
/// <param name="Units">Every card once: blocks in order of first appearance; within a block ranked units best first, then excluded ones.</param>
/// <param name="ClassCounts">Counts per block and class, then totals over all blocks (<see cref="ClassCount.Block"/> <see langword="null"/>).</param>
public sealed record RankingResult(ValueList<RankedUnit> Units, ValueList<ClassCount> ClassCounts)
{
    /// <summary>The number of units of <paramref name="block"/> (or of all blocks when <see langword="null"/>) in class <paramref name="classCode"/>.</summary>
    /// <param name="block">A block, or <see langword="null"/> for all blocks.</param>
    /// <param name="classCode">A class code.</param>
    /// <returns>The count, 0 when none.</returns>
    public int CountOf(string? block, string classCode) =>
        ClassCounts.FirstOrDefault(c => string.Equals(c.Block, block, StringComparison.Ordinal) && string.Equals(c.ClassCode, classCode, StringComparison.Ordinal))?.Count ?? 0;
}
