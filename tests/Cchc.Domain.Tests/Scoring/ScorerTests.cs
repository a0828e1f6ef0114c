using Cchc.Domain.Scoring;
using static Cchc.Domain.Tests.Scoring.Build;

namespace Cchc.Domain.Tests.Scoring;

public sealed class ScorerTests
{
    private static ScoringFramework TwoAreas(NotApplicablePolicy policy) => Framework(
        Policy(policy),
        Criterion.Parent("1", "Lĩnh vực 1", Manual("1.1", 2m), Manual("1.2", 3m), Manual("1.3", 5m)),
        Criterion.Parent("2", "Lĩnh vực 2", Manual("2.1", 10m)));

    public static TheoryData<NotApplicablePolicy, decimal, decimal, decimal, decimal> Not_applicable_policiesCases => new()
    {
        { NotApplicablePolicy.RescaleDenominator, 3.5m, 5, 70, 56.67m },  // (2 + "1.5" + 5) / (20 − 5)
        { NotApplicablePolicy.RedistributeWithinParent, 7, 10, 70, 60 },  // area 1: "3.5" × 10 / 5 = 7; (7 + 5) / 20
        { NotApplicablePolicy.ScoreAsMax, 8.5m, 10, 85, 67.5m },  // area 1: 2 + "1.5" + 5; ("8.5" + 5) / 20
    };

    [Theory]
    [MemberData(nameof(Not_applicable_policiesCases))]
    public void Not_applicable_policies(NotApplicablePolicy policy, decimal areaPoints, decimal areaApplicable, decimal areaIndex, decimal index)
    {
        var framework = TwoAreas(policy);
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1.1", 2m), Points("1.2", 1.5m), NotApplicable("1.3"), Points("2.1", 5m)));

        var area = card.Find("1")!;
        Assert.Equal(areaPoints, area.Points);
        Assert.Equal(areaApplicable, area.ApplicableMaxPoints);
        Assert.Equal(areaIndex, area.ComponentIndex);
        Assert.Equal(index, card.IndexPercent);
        Assert.True(card.Find("1.3")!.IsNotApplicable);
    }

    [Fact]
    public void The_last_appraisal_counts_and_every_round_is_kept()
    {
        var framework = Framework(Manual("1", 10m));
        var entry = new LeafEntry("1",
        [
            new RoundEntry(AssessmentRound.SelfAssessment, new PointsInput(9m), null, null),
            new RoundEntry(AssessmentRound.Appraisal, new PointsInput(6m), null, null),
            new RoundEntry(AssessmentRound.Explanation, new PointsInput(8.5m), null, "Bổ sung báo cáo"),
            new RoundEntry(AssessmentRound.SecondAppraisal, new PointsInput(8m), null, null),
        ], [], null);

        var card = Scorer.Score(framework, Assessment(framework, "u", entry));

        Assert.Equal(8m, card.TotalPoints);
        Assert.Equal(9m, card.SelfAssessedTotal);
        Assert.Equal(8m, card.AppraisedTotal);
        Assert.Equal(-1m, card.Difference);
        Assert.Equal(4, entry.Rounds.Count);
    }

    [Fact]
    public void Self_and_appraised_totals_differ_per_area()
    {
        var framework = Framework(Criterion.Parent("1", "A", Manual("1.1", 5m)), Criterion.Parent("2", "B", Manual("2.1", 5m)), Manual("3", 10m, AssessmentMethod.Survey));
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1.1", 4m, self: 5m), Points("2.1", 5m, self: 5m), Points("3", 7m)));

        Assert.Equal(-1m, card.Find("1")!.Difference);
        Assert.Equal(0m, card.Find("2")!.Difference);
        Assert.Equal((10m, 9m, 7m), (card.SelfAssessedTotal, card.AppraisedTotal, card.SurveyTotal));
        Assert.Equal(card.AppraisedTotal + card.SurveyTotal, card.TotalPoints);
    }

    [Theory]
    [InlineData(false, 100)]
    [InlineData(true, 102)]
    public void Bonus_is_capped_and_the_index_passes_100_only_when_allowed(bool exceed, decimal expected)
    {
        var framework = Framework(Policy(exceed: exceed), Manual("1", 100m)) with
        {
            Adjustments = new AdjustmentBlock(2m, 5m,
            [
                new AdjustmentItem("9.1", "Giải thưởng", AdjustmentDirection.Bonus, 2m, null, BinaryRule.Instance),
                new AdjustmentItem("9.2", "Mô hình mới", AdjustmentDirection.Bonus, 1m, null, BinaryRule.Instance),
            ]),
        };
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1", 100m), Entry("9.1", new BinaryInput(true)), Entry("9.2", new BinaryInput(true))));

        Assert.Equal(2m, card.Adjustments.Bonus);
        Assert.Equal(expected, card.IndexPercent);
    }

    [Fact]
    public void Penalty_is_capped_and_the_total_never_goes_below_zero()
    {
        var framework = Framework(Manual("1", 10m)) with
        {
            Adjustments = new AdjustmentBlock(0m, 3m, [new AdjustmentItem("9.3", "Bị phê bình", AdjustmentDirection.Penalty, 5m, null, new CountThresholdRule(1, 1m, 1, 1m))]),
        };
        var scorer = new Scorer(framework);

        Assert.Equal(3m, scorer.Score(Assessment(framework, "u", Points("1", 8m), Entry("9.3", new CountInput(5)))).Adjustments.Penalty);
        Assert.Equal(5m, scorer.Score(Assessment(framework, "u", Points("1", 8m), Entry("9.3", new CountInput(5)))).TotalPoints);
        Assert.Equal(0m, scorer.Score(Assessment(framework, "u", Points("1", 1m), Entry("9.3", new CountInput(5)))).TotalPoints);
    }

    [Fact]
    public void Bad_inputs_score_zero_without_exceptions()
    {
        var framework = Framework(Criterion.Leaf("1", "Có kế hoạch", 2m, BinaryRule.Instance), Manual("2", 3m), Manual("3", 5m));
        var card = Scorer.Score(framework, Assessment(framework, "u",
            Entry("1", new PointsInput(2m)),   // wrong kind
            Points("2", 7m),                   // above max: clamped
            Points("x.9", 1m)));               // unknown code; "3" is missing

        Assert.Equal((0m, 3m, 0m), (card.Find("1")!.Points, card.Find("2")!.Points, card.Find("3")!.Points));
        Assert.Equal(30m, card.IndexPercent);
    }

    [Fact]
    public void Rounding_each_leaf_differs_from_rounding_only_the_index()
    {
        var leaves = Enumerable.Range(1, 3).Select(i => Criterion.Leaf(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "t", 1m, new ProportionalRule(null))).ToArray();
        var eachLeaf = Framework(Policy(stage: RoundingStage.EachLeaf), leaves);
        var indexOnly = Framework(Policy(stage: RoundingStage.IndexOnly), leaves);
        LeafEntry[] entries = [Entry("1", new RatioInput(33.335m)), Entry("2", new RatioInput(33.335m)), Entry("3", new RatioInput(33.335m))];

        // Each leaf 0.33335 → 0.33; 0.99 / 3 = 33 %. Exact: 1.00005 / 3 = 33.335 % → 33.34 (half-up).
        Assert.Equal(33m, Scorer.Score(eachLeaf, Assessment(eachLeaf, "u", entries)).IndexPercent);
        Assert.Equal(33.34m, Scorer.Score(indexOnly, Assessment(indexOnly, "u", entries)).IndexPercent);
    }

    [Fact]
    public void Block_specific_bands_win_over_the_default()
    {
        var framework = Framework(Manual("1", 100m)) with
        {
            Classification =
            [
                new ClassificationScheme(null, [new("tot", "Tốt", 90m, null), new("kha", "Khá", 0m, 90m)]),
                new ClassificationScheme("khoiHuyen", [new("I", "Nhóm I", 80m, null), new("II", "Nhóm II", 0m, 80m)]),
            ],
        };
        var scorer = new Scorer(framework);
        Assert.Equal("kha", scorer.Score(Assessment(framework, "a", "khoiSo", Points("1", 85m))).Class!.Code);
        Assert.Equal("I", scorer.Score(Assessment(framework, "b", "khoiHuyen", Points("1", 85m))).Class!.Code);
    }

    [Fact]
    public void Score_card_text_lists_every_node_and_the_index()
    {
        var card = Scorer.Score(FrameworkJsonSamples.KhoiSo, FrameworkJsonSamples.Assessments[0]);
        var text = card.ToText();
        Assert.Contains("3.1.2", text, StringComparison.Ordinal);
        Assert.Contains(card.IndexPercent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Maxima_beyond_the_range_of_decimal_give_a_card_instead_of_an_exception()
    {
        var framework = Framework(Manual("1", decimal.MaxValue), Manual("2", decimal.MaxValue));
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1", decimal.MaxValue), Points("2", decimal.MaxValue)));

        Assert.Equal(decimal.MaxValue, card.MaxPoints);
        Assert.Equal(decimal.MaxValue, card.TotalPoints);
        Assert.Equal(100m, card.IndexPercent);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_huge_bonus_on_a_tiny_maximum_caps_or_saturates_the_index(bool exceed)
    {
        var expected = exceed ? decimal.MaxValue : 100m;
        var framework = Framework(Policy(exceed: exceed), Manual("1", 0.0001m)) with
        {
            Adjustments = new AdjustmentBlock(decimal.MaxValue, 0m,
            [
                new AdjustmentItem("9.1", "Giải thưởng", AdjustmentDirection.Bonus, decimal.MaxValue, null, BinaryRule.Instance),
                new AdjustmentItem("9.2", "Mô hình mới", AdjustmentDirection.Bonus, decimal.MaxValue, null, BinaryRule.Instance),
            ]),
        };
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1", 0.0001m), Entry("9.1", new BinaryInput(true)), Entry("9.2", new BinaryInput(true))));

        Assert.Equal(decimal.MaxValue, card.Adjustments.Bonus);
        Assert.Equal(decimal.MaxValue, card.TotalPoints);
        Assert.Equal(expected, card.IndexPercent);
    }

    [Fact]
    public void Negative_maxima_count_as_zero_instead_of_dividing_by_zero()
    {
        // Reported as CCHC4005; the children's maxima 5 and −5 added to an applicable maximum of 0.
        var framework = Framework(Policy(NotApplicablePolicy.RedistributeWithinParent),
            new Criterion("1", "A", 10m, AssessmentMethod.SelfAssessed, null, null, [Manual("1.1", 5m), Manual("1.2", -5m)]),
            Manual("2", 10m));
        var card = Scorer.Score(framework, Assessment(framework, "u", Points("1.1", 5m), Points("1.2", 1m), Points("2", 5m)));

        Assert.Equal(10m, card.Find("1")!.Points);
        Assert.Equal(75m, card.IndexPercent);
    }

    [Theory]
    [InlineData(NotApplicablePolicy.RescaleDenominator, 0, 3)]
    [InlineData(NotApplicablePolicy.RedistributeWithinParent, 0, 3)]
    [InlineData(NotApplicablePolicy.ScoreAsMax, 2, 5)]
    public void A_criterion_not_applicable_in_both_rounds_makes_no_difference(NotApplicablePolicy policy, decimal points, decimal total)
    {
        var framework = Framework(Policy(policy), Manual("1", 2m), Manual("2", 3m));
        var card = Scorer.Score(framework, Assessment(framework, "u", NotApplicable("1"), Points("2", 3m)));

        Assert.Equal((points, points), (card.Find("1")!.SelfAssessedPoints, card.Find("1")!.AppraisedPoints));
        Assert.Equal((total, total, 0m), (card.SelfAssessedTotal, card.AppraisedTotal, card.Difference));
    }
}
