using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Ranks units within their blocks by index with competition ranking (equal indexes share a rank and
/// the next rank is skipped: 1, 2, 2, 4), leaves excluded units unranked, and counts classes.
/// </summary>
public static class Ranking
{
    /// <summary>Ranks <paramref name="cards"/>; class counts list only the classes that occur.</summary>
    /// <param name="cards">Score cards of one framework and version.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException">The cards come from different frameworks or versions (a programmer error).</exception>
    public static RankingResult Rank(IEnumerable<ScoreCard> cards) => Rank(cards, framework: null);

    /// <summary>Ranks <paramref name="cards"/>; class counts list every class of each block's scheme, zeros included.</summary>
    /// <param name="cards">Score cards of <paramref name="framework"/>.</param>
    /// <param name="framework">The framework the cards were scored on, for its classification schemes; or <see langword="null"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException">The cards come from different frameworks or versions, or not from <paramref name="framework"/> (a programmer error).</exception>
    public static RankingResult Rank(IEnumerable<ScoreCard> cards, ScoringFramework? framework)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.ToList();
        var reference = framework is null ? list.FirstOrDefault()?.Framework : new FrameworkReference(framework.Identity.Id, framework.Identity.Version);
        foreach (var card in list)
        {
            ArgumentNullException.ThrowIfNull(card, nameof(cards));
            if (card.Framework != reference)
            {
                throw new ArgumentException(
                    $"Cannot rank scores of framework '{card.Framework.Id}' {card.Framework.Version} with scores of '{reference!.Id}' {reference.Version}.",
                    nameof(cards));
            }
        }

        var units = ImmutableArray.CreateBuilder<RankedUnit>(list.Count);
        var counts = ImmutableArray.CreateBuilder<ClassCount>();
        var totals = new List<(string Code, string Label, int Count)>();
        foreach (var group in list.GroupBy(c => c.Block, StringComparer.Ordinal))
        {
            var ranked = group.Where(c => !c.ExcludedFromRanking)
                .OrderByDescending(c => c.IndexPercent)
                .ThenBy(c => c.Unit.Code, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < ranked.Count; i++)
            {
                var rank = i > 0 && ranked[i].IndexPercent == ranked[i - 1].IndexPercent ? units[^1].Rank : i + 1;
                units.Add(new RankedUnit(ranked[i], group.Key, rank));
            }

            foreach (var excluded in group.Where(c => c.ExcludedFromRanking).OrderBy(c => c.Unit.Code, StringComparer.Ordinal))
            {
                units.Add(new RankedUnit(excluded, group.Key, null));
            }

            foreach (var (code, label, count) in CountClasses(group.ToList(), framework?.SchemeFor(group.Key)))
            {
                counts.Add(new ClassCount(group.Key, code, label, count));
                var at = totals.FindIndex(t => string.Equals(t.Code, code, StringComparison.Ordinal));
                if (at < 0)
                {
                    totals.Add((code, label, count));
                }
                else
                {
                    totals[at] = (code, label, totals[at].Count + count);
                }
            }
        }

        counts.AddRange(totals.Select(t => new ClassCount(null, t.Code, t.Label, t.Count)));
        return new RankingResult(units.MoveToImmutable(), counts.ToImmutable());
    }

    private static List<(string Code, string Label, int Count)> CountClasses(List<ScoreCard> cards, ClassificationScheme? scheme)
    {
        var result = new List<(string Code, string Label, int Count)>();
        if (scheme is not null)
        {
            result.AddRange(scheme.Bands.OrderByDescending(b => b.From).Select(b => (b.Code, b.Label, 0)));
        }

        foreach (var card in cards.OrderByDescending(c => c.IndexPercent))
        {
            var code = card.Class?.Code ?? string.Empty;
            var at = result.FindIndex(r => string.Equals(r.Code, code, StringComparison.Ordinal));
            if (at < 0)
            {
                result.Add((code, card.Class?.Label ?? string.Empty, 1));
            }
            else
            {
                result[at] = (result[at].Code, result[at].Label, result[at].Count + 1);
            }
        }

        return result;
    }
}
