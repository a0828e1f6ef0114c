using Cchc.Domain.Scoring;
using static Cchc.Domain.Tests.Scoring.Build;

namespace Cchc.Domain.Tests.Scoring;

/// <summary>Examples built on the confirmed figures of par-index.md (§1.3, §3.4).</summary>
public sealed class PublishedFigureTests
{
    public static TheoryData<string, decimal, decimal, decimal> Provincial_2012_appraised_plus_survey_is_the_indexCases => new()
    {
        { "Da Nang", 53.25m, 33.87m, 87.12m },
        { "Ba Ria - Vung Tau", 54.35m, 31.79m, 86.14m },
        { "Ho Chi Minh City", 52.75m, 31.08m, 83.83m },
        { "An Giang", 54.25m, 29.00m, 83.25m },
        { "Hau Giang", 48.10m, 32.42m, 80.52m },
        { "Quang Ninh", 49.75m, 30.46m, 80.21m },
    };

    /// <summary>PAR INDEX 2012, provincial rows (dataset letrinhan/vn-par-master): score_moha + score_survey = par_index.</summary>
    [Theory]
    [MemberData(nameof(Provincial_2012_appraised_plus_survey_is_the_indexCases))]
    public void Provincial_2012_appraised_plus_survey_is_the_index(string province, decimal moha, decimal survey, decimal index)
    {
        // The 2012 split between appraisal and survey maxima is not needed: the index is out of 100.
        var framework = Framework(Manual("1", 60m), Manual("2", 40m, AssessmentMethod.Survey));
        var card = Scorer.Score(framework, Assessment(framework, province, Points("1", moha), Points("2", survey)));

        Assert.Equal(moha, card.AppraisedTotal);
        Assert.Equal(survey, card.SurveyTotal);
        Assert.Equal(index, card.IndexPercent);
    }

    public static TheoryData<ScoreRoundingMode, decimal> Nam_Dinh_2020_is_reproduced_by_truncationCases => new()
    {
        { ScoreRoundingMode.Truncate, 89.45m },
        { ScoreRoundingMode.HalfUp, 89.46m },
        { ScoreRoundingMode.HalfEven, 89.46m },
    };

    /// <summary>Nam Định 2020, khối Sở: average appraised 62.62 over a maximum of 70, published as 89.45 %.</summary>
    [Theory]
    [MemberData(nameof(Nam_Dinh_2020_is_reproduced_by_truncationCases))]
    public void Nam_Dinh_2020_is_reproduced_by_truncation(ScoreRoundingMode mode, decimal expected)
    {
        var framework = Framework(Policy(mode: mode, stage: RoundingStage.IndexOnly), Manual("1", 70m));
        var card = Scorer.Score(framework, Assessment(framework, "khoiSo", Points("1", 62.62m)));
        Assert.Equal(expected, card.IndexPercent);
    }

    [Fact]
    public void Nam_Dinh_2020_khoi_huyen_61_46_of_70_is_87_80()
    {
        var framework = Framework(Policy(mode: ScoreRoundingMode.Truncate), Manual("1", 70m));
        Assert.Equal(87.80m, Scorer.Score(framework, Assessment(framework, "khoiHuyen", Points("1", 61.46m))).IndexPercent);
    }

    /// <summary>
    /// Khánh Hòa 2018: 44 units, 24 Tốt, 18 Khá, 2 Trung bình, 0 Yếu, with the published per-block splits and the
    /// published top and bottom units. Thresholds are not published: Tốt ≥ 90, Khá [70, 90), TB [50, 70) are
    /// illustrative but consistent with every published unit (84.00 Khá, 91.31 Tốt, 65.32 TB).
    /// </summary>
    [Fact]
    public void Khanh_Hoa_2018_class_counts()
    {
        var bands = new ClassificationScheme(null, [new("tot", "Tốt", 90m, null), new("kha", "Khá", 70m, 90m), new("tb", "Trung bình", 50m, 70m), new("yeu", "Yếu", 0m, 50m)]);
        var framework = Framework(Manual("1", 100m)) with { Classification = [bands] };
        var scorer = new Scorer(framework);
        var units = new List<(string Block, decimal Index)>();
        void Add(string block, int count, decimal index) => units.AddRange(Enumerable.Repeat((block, index), count));

        units.Add(("so", 95.20m));     // Sở Thông tin và Truyền thông, top
        Add("so", 11, 91m);
        Add("so", 8, 85m);
        units.Add(("so", 75.71m));     // Sở Giáo dục và Đào tạo, lowest
        units.Add(("doc", 91.49m));    // NHNN chi nhánh tỉnh, top
        Add("doc", 4, 90.5m);
        units.Add(("doc", 84.00m));    // Công an tỉnh, Khá
        units.Add(("huyen", 91.31m));  // UBND huyện Khánh Vĩnh, top
        Add("huyen", 2, 90.2m);
        Add("huyen", 4, 82m);
        units.Add(("huyen", 77.15m));  // UBND huyện Vạn Ninh, lowest
        units.Add(("dvsn", 94.59m));   // Ban QLDA phát triển tỉnh, top
        Add("dvsn", 3, 92m);
        Add("dvsn", 3, 80m);
        units.Add(("dvsn", 68m));
        units.Add(("dvsn", 65.32m));   // Trường Đại học Khánh Hòa, lowest

        var cards = units.Select((u, i) => scorer.Score(Assessment(framework, "u" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), u.Block, Points("1", u.Index))));
        var ranking = Ranking.Rank(cards, framework);

        Assert.Equal(44, ranking.Units.Count);
        Assert.Equal((24, 18, 2, 0), (ranking.CountOf(null, "tot"), ranking.CountOf(null, "kha"), ranking.CountOf(null, "tb"), ranking.CountOf(null, "yeu")));
        Assert.Equal((12, 9), (ranking.CountOf("so", "tot"), ranking.CountOf("so", "kha")));
        Assert.Equal((5, 1), (ranking.CountOf("doc", "tot"), ranking.CountOf("doc", "kha")));
        Assert.Equal((3, 5), (ranking.CountOf("huyen", "tot"), ranking.CountOf("huyen", "kha")));
        Assert.Equal((4, 3, 2), (ranking.CountOf("dvsn", "tot"), ranking.CountOf("dvsn", "kha"), ranking.CountOf("dvsn", "tb")));
        Assert.Contains(ranking.ClassCounts, c => c is { Block: null, ClassCode: "yeu", Count: 0 });
        Assert.Equal(95.20m, ranking.Units.Single(u => string.Equals(u.Block, "so", StringComparison.Ordinal) && u.Rank == 1).Card.IndexPercent);
        Assert.Equal(65.32m, ranking.Units.Where(u => string.Equals(u.Block, "dvsn", StringComparison.Ordinal)).MaxBy(u => u.Rank)!.Card.IndexPercent);
    }

    public static TheoryData<decimal, string> National_groupsCases => new()
    {
        { 96.17m, "A" },  // Hải Phòng 2024
        { 90.00m, "A" },
        { 89.99m, "B" },
        { 88.37m, "B" },  // 2024 average
        { 80.00m, "B" },
        { 72.65m, "C" },  // MoFA 2022, the lowest ministry
    };

    /// <summary>National groups (2022, 2024): Nhóm A ≥ 90 %; B [80, 90); C [70, 80).</summary>
    [Theory]
    [MemberData(nameof(National_groupsCases))]
    public void National_groups(decimal index, string group)
    {
        var framework = FrameworkJsonSamples.Provincial876;
        var scheme = framework.SchemeFor(null)!;
        Assert.Equal(group, scheme.Classify(index)!.Code);
    }
}
