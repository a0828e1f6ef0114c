using Cchc.Domain.Scoring;
using FsCheck.Fluent;

namespace Cchc.Domain.Tests.Scoring;

public sealed class ScoringPropertyTests
{
    private static readonly FsCheck.Gen<int> Seeds = Gen.Choose(0, int.MaxValue - 1);

    [Fact]
    public void Points_stay_within_zero_and_max_at_every_node() =>
        PropertyCheck.ForAll(Seeds, seed =>
        {
            var random = new RandomScoring(seed);
            var framework = random.Framework();
            var card = Scorer.Score(framework, random.Assessment(framework, "u"));
            foreach (var node in card.Areas.SelectMany(a => a.DescendantsAndSelf()))
            {
                Assert.InRange(node.Points, 0m, node.MaxPoints);
                Assert.InRange(node.ApplicableMaxPoints, 0m, node.MaxPoints);
                Assert.InRange(node.Points, 0m, Math.Max(node.ApplicableMaxPoints, 0m));
                if (node.ComponentIndex is { } index)
                {
                    Assert.InRange(index, 0m, 100m);
                }
            }

            Assert.InRange(card.IndexPercent, 0m, framework.Policy.IndexMayExceed100 ? decimal.MaxValue : 100m);
            Assert.InRange(card.TotalPoints, 0m, card.MaxPoints + (framework.Adjustments?.BonusCap ?? 0m));
        });

    [Fact]
    public void Totals_equal_the_sum_of_their_parts() =>
        PropertyCheck.ForAll(Seeds, seed =>
        {
            var random = new RandomScoring(seed);
            var framework = random.Framework();
            var card = Scorer.Score(framework, random.Assessment(framework, "u"));
            var redistributes = framework.Policy.NotApplicable == NotApplicablePolicy.RedistributeWithinParent;
            foreach (var node in card.Areas.SelectMany(a => a.DescendantsAndSelf()).Where(n => !n.Children.IsEmpty))
            {
                Assert.Equal(node.SelfAssessedPoints, node.Children.Sum(c => c.SelfAssessedPoints));
                Assert.Equal(node.AppraisedPoints, node.Children.Sum(c => c.AppraisedPoints));
                Assert.Equal(node.SurveyPoints, node.Children.Sum(c => c.SurveyPoints));
                if (!redistributes || node.ApplicableMaxPoints == node.Children.Sum(c => c.ApplicableMaxPoints))
                {
                    Assert.Equal(node.Points, node.Children.Sum(c => c.Points));
                    Assert.Equal(node.ApplicableMaxPoints, node.Children.Sum(c => c.ApplicableMaxPoints));
                }
            }

            Assert.Equal(card.SelfAssessedTotal, card.Areas.Sum(a => a.SelfAssessedPoints));
            Assert.Equal(card.AppraisedTotal, card.Areas.Sum(a => a.AppraisedPoints));
            Assert.Equal(card.SurveyTotal, card.Areas.Sum(a => a.SurveyPoints));
            if (!redistributes)
            {
                Assert.Equal(card.BasePoints, card.Areas.Sum(a => a.Points));
            }

            var bonus = card.Adjustments.Items.Where(i => i.Direction == AdjustmentDirection.Bonus).Sum(i => i.Points);
            Assert.Equal(Math.Min(bonus, framework.Adjustments?.BonusCap ?? 0m), card.Adjustments.Bonus);
        });

    [Fact]
    public void More_achievement_never_lowers_a_leaf_score_for_any_rule_kind() =>
        PropertyCheck.ForAll(Seeds, seed =>
        {
            var random = new RandomScoring(seed);
            var rule = random.Rule();
            var max = random.Random.Next(1, 80) / 4m;
            var input = random.Input(rule, max);
            var better = random.Better(rule, input);
            Assert.True(rule.Evaluate(better, max) >= rule.Evaluate(input, max), $"{rule.Kind}: {input} → {better}");
        }, maxTest: 2000);

    [Fact]
    public void More_achievement_on_one_leaf_never_lowers_the_index() =>
        PropertyCheck.ForAll(Seeds, seed =>
        {
            var random = new RandomScoring(seed);
            var framework = random.Framework();
            var assessment = random.Assessment(framework, "u");
            var scorer = new Scorer(framework);
            var leaves = framework.Leaves.ToDictionary(l => l.Code, StringComparer.Ordinal);
            var candidates = assessment.Entries.Select((e, i) => (e, i))
                .Where(x => leaves.ContainsKey(x.e.Code) && leaves[x.e.Code].Rule!.Accepts(x.e.FinalRound!.Input)).ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            var (entry, index) = candidates[random.Random.Next(candidates.Count)];
            var final = entry.FinalRound!;
            var improved = entry with { Rounds = [.. entry.Rounds, new RoundEntry(AssessmentRound.SecondAppraisal, random.Better(leaves[entry.Code].Rule!, final.Input), null, null)] };
            var before = scorer.Score(assessment);
            var after = scorer.Score(assessment with { Entries = assessment.Entries.ToImmutableArray().SetItem(index, improved) });
            Assert.True(after.IndexPercent >= before.IndexPercent, $"{entry.Code}: {before.IndexPercent} → {after.IndexPercent}");
        });

    [Fact]
    public void Ranking_is_a_permutation_consistent_with_the_scores() =>
        PropertyCheck.ForAll(Seeds, seed =>
        {
            var random = new RandomScoring(seed);
            var framework = random.Framework();
            var scorer = new Scorer(framework);
            var cards = Enumerable.Range(0, random.Random.Next(0, 25)).Select(i => scorer.Score(random.Assessment(framework, "u" + i))).ToList();
            var ranking = Ranking.Rank(cards);

            Assert.Equal(cards.Select(c => c.Unit.Code).Order(StringComparer.Ordinal), ranking.Units.Select(u => u.Card.Unit.Code).Order(StringComparer.Ordinal));
            foreach (var unit in ranking.Units)
            {
                if (unit.Card.ExcludedFromRanking)
                {
                    Assert.Null(unit.Rank);
                    continue;
                }

                var better = ranking.Units.Count(o => string.Equals(o.Block, unit.Block, StringComparison.Ordinal) && o.Rank is not null && o.Card.IndexPercent > unit.Card.IndexPercent);
                Assert.Equal(better + 1, unit.Rank);
            }

            Assert.Equal(cards.Count, ranking.ClassCounts.Where(c => c.Block is null).Sum(c => c.Count));
        });
}
