using Cchc.Domain.Scoring;
using static Cchc.Domain.Tests.Scoring.Build;

namespace Cchc.Domain.Tests.Scoring;

public sealed class RankingTests
{
    [Fact]
    public void Competition_ranking_with_ties_and_excluded_units()
    {
        var framework = Framework(Manual("1", 100m));
        var scorer = new Scorer(framework);
        var excluded = Assessment(framework, "special", Points("1", 99m)) with { ExcludedFromRanking = true };
        var cards = new[] { ("a", 91m), ("b", 88m), ("c", 88m), ("d", 80m) }
            .Select(u => scorer.Score(Assessment(framework, u.Item1, Points("1", u.Item2))))
            .Append(scorer.Score(excluded));

        var ranking = Ranking.Rank(cards);

        Assert.Equal([1, 2, 2, 4, null], ranking.Units.Select(u => u.Rank));
        Assert.Equal("a b c d special", string.Join(" ", ranking.Units.Select(u => u.Card.Unit.Code)));
    }

    [Fact]
    public void Ranking_cards_of_different_framework_versions_throws()
    {
        var v1 = Framework(Manual("1", 100m));
        var v2 = v1 with { Identity = v1.Identity with { Version = "2" } };
        var a = Scorer.Score(v1, Assessment(v1, "a", Points("1", 90m)));
        var b = Scorer.Score(v2, Assessment(v2, "b", Points("1", 80m)));

        Assert.Throws<ArgumentException>(() => Ranking.Rank([a, b]));
        Assert.Throws<ArgumentException>(() => a.CompareIndex(b));
        Assert.True(a.CompareIndex(a with { IndexPercent = 80m }) > 0);
    }
}
