using Cchc.Domain.Scoring;

namespace Cchc.Cli.Scores;

/// <summary>Everything <c>cchc score</c> prints: the framework, the cards in input order and the ranking.</summary>
/// <param name="FrameworkFile">The framework as named on the command line.</param>
/// <param name="Framework">The framework scored on.</param>
/// <param name="Units">The scored assessments, in the order given.</param>
/// <param name="Ranking">The ranking within each block and the class counts.</param>
internal sealed record ScoreReport(string FrameworkFile, ScoringFramework Framework, IReadOnlyList<ScoredUnit> Units, RankingResult Ranking)
{
    /// <summary>Scores <paramref name="assessments"/> on <paramref name="framework"/> and ranks them.</summary>
    public static ScoreReport Of(string frameworkFile, ScoringFramework framework, IReadOnlyList<(string File, Assessment Assessment)> assessments, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var scorer = new Scorer(framework, options);
        var cards = assessments.Select(a => (a.File, Card: scorer.Score(a.Assessment))).ToList();
        var ranking = Cchc.Domain.Scoring.Ranking.Rank(cards.Select(c => c.Card), framework);
        var ranks = new Dictionary<ScoreCard, int?>(ReferenceEqualityComparer.Instance);
        foreach (var unit in ranking.Units)
        {
            ranks[unit.Card] = unit.Rank;
        }

        return new ScoreReport(frameworkFile, framework, [.. cards.Select(c => new ScoredUnit(c.File, c.Card, ranks[c.Card]))], ranking);
    }

    /// <summary>The blocks in order of first appearance, each with its ranked then excluded units.</summary>
    public IEnumerable<IGrouping<string, RankedUnit>> Blocks => Ranking.Units.GroupBy(u => u.Block, StringComparer.Ordinal);
}
