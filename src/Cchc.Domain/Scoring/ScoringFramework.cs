using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// A versioned criteria set (bộ chỉ số CCHC) as data: its identity, the criteria tree of areas, the
/// bonus/penalty block, the scoring policy and the classification bands. Read one with
/// <c>FrameworkJson.Read</c>, check it with <c>FrameworkValidator.Validate</c>, score with <see cref="Scorer"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Identity">Which criteria set this is.</param>
/// <param name="Areas">The areas (lĩnh vực), the roots of the criteria tree.</param>
/// <param name="Adjustments">The bonus/penalty block, or <see langword="null"/>.</param>
/// <param name="Policy">Not-applicable handling, rounding and the 100 % cap.</param>
/// <param name="Classification">Classification bands per block.</param>
public sealed record ScoringFramework(
    FrameworkIdentity Identity,
    ValueList<Criterion> Areas,
    AdjustmentBlock? Adjustments,
    ScoringPolicy Policy,
    ValueList<ClassificationScheme> Classification)
{
    /// <summary>The sum of the areas' maxima (usually 100), at most <see cref="decimal.MaxValue"/>.</summary>
    public decimal MaxPoints => Areas.Aggregate(0m, (sum, area) => PointMath.Add(sum, area.MaxPoints));

    /// <summary>Every leaf criterion in document order.</summary>
    public IEnumerable<Criterion> Leaves => Areas.SelectMany(a => a.DescendantsAndSelf()).Where(c => c.IsLeaf);

    /// <summary>The classification scheme of <paramref name="block"/>: the scheme naming it, else the default scheme (no block), else <see langword="null"/>.</summary>
    /// <param name="block">A block code, or <see langword="null"/>.</param>
    /// <returns>The scheme or <see langword="null"/>.</returns>
    public ClassificationScheme? SchemeFor(string? block)
    {
        ClassificationScheme? fallback = null;
        foreach (var scheme in Classification)
        {
            if (scheme.Block is null)
            {
                fallback ??= scheme;
            }
            else if (string.Equals(scheme.Block, block, StringComparison.Ordinal))
            {
                return scheme;
            }
        }

        return fallback;
    }
}
