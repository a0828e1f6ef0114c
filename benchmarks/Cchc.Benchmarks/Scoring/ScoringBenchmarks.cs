using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cchc.Domain.Scoring;
using NodaTime;

namespace Cchc.Benchmarks.Scoring;

/// <summary>
/// Scores every commune of the country (11,000 units) on a framework of 90 leaves using every rule kind.
/// Each benchmark operation is one unit (OperationsPerInvoke), so Mean is the time per unit and
/// Allocated the bytes per unit; leaves per second = 90 / Mean.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    public const int Units = 11_000;
    public const int AreasCount = 8;
    public const int LeavesPerArea = 11;

    private Scorer _scorer = null!;
    private Assessment[] _assessments = null!;
    private ScoreCard[] _cards = null!;

    public int LeafCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var framework = CreateFramework();
        LeafCount = framework.Leaves.Count();
        _scorer = new Scorer(framework);
        var random = new Random(11_000);
        _assessments = [.. Enumerable.Range(0, Units).Select(i => CreateAssessment(framework, i, random))];
        _cards = [.. _assessments.Select(_scorer.Score)];
    }

    [Benchmark(OperationsPerInvoke = Units, Description = "Score one unit (90 leaves)")]
    public decimal ScoreAll()
    {
        var sum = 0m;
        foreach (var assessment in _assessments)
        {
            sum += _scorer.Score(assessment).IndexPercent;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Units, Description = "Rank 11,000 units (per unit)")]
    public int RankAll() => Ranking.Rank(_cards).Units.Count;

    internal static ScoringFramework CreateFramework()
    {
        var areas = ImmutableArray.CreateBuilder<Criterion>();
        for (var a = 1; a <= AreasCount; a++)
        {
            var children = new List<Criterion>();
            for (var l = 1; l <= LeavesPerArea; l++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"{a}.{l}");
                var survey = a == AreasCount && l > 6;
                children.Add(Criterion.Leaf(code, "Tiêu chí " + code, l % 4 == 0 ? 0.5m : 1.25m, survey ? Survey : Rules[(a + l) % Rules.Length], survey ? AssessmentMethod.Survey : AssessmentMethod.SelfAssessed));
            }

            // A third level under the first criterion of each area, as real sheets have.
            var first = Criterion.Parent(string.Create(CultureInfo.InvariantCulture, $"{a}.0"), "Nhóm tiêu chí", [.. children.Take(3)]);
            areas.Add(Criterion.Parent(a.ToString(CultureInfo.InvariantCulture), "Lĩnh vực", [first, .. children.Skip(3)]));
        }

        var identity = new FrameworkIdentity("bench-xa", "1", "Bộ chỉ số cấp xã (benchmark)", null, FrameworkLevel.Commune, "xa", 2025, null);
        var bands = new ClassificationScheme(null, [new("tot", "Tốt", 90m, null), new("kha", "Khá", 80m, 90m), new("tb", "Trung bình", 65m, 80m), new("yeu", "Yếu", 0m, 65m)]);
        var adjustments = new AdjustmentBlock(2m, 3m, [new AdjustmentItem("9.1", "Điểm thưởng", AdjustmentDirection.Bonus, 2m, null, BinaryRule.Instance), new AdjustmentItem("9.2", "Điểm trừ", AdjustmentDirection.Penalty, 3m, null, new CountThresholdRule(1, 0.5m, 1, 0.5m))]);
        return new ScoringFramework(identity, areas.ToImmutable(), adjustments, ScoringPolicy.Default, [bands]);
    }

    private static readonly ScoringRule[] Rules =
    [
        BinaryRule.Instance,
        new LevelsRule([new("xs", "Xuất sắc", 1m), new("tot", "Tốt", 0.75m), new("ht", "Hoàn thành", 0.5m)]),
        new RatioBandsRule([new(100m, true, null, false, 1m), new(80m, true, 100m, false, 0.5m), new(null, false, 80m, false, 0m)]),
        new ProportionalRule(20m),
        new TimelinessRule(0.5m, 3),
        new CountThresholdRule(1, 0.5m, 1, 0.25m),
        new DeductionRule(0.25m),
        ManualRule.Instance,
    ];

    private static readonly SurveyAnswerMapRule Survey = new([new("A", 100m), new("B", 60m), new("C", 20m), new("D", 0m)]);

    private static Assessment CreateAssessment(ScoringFramework framework, int index, Random random)
    {
        var entries = ImmutableArray.CreateBuilder<LeafEntry>();
        foreach (var leaf in framework.Leaves)
        {
            var appraised = Input(leaf.Rule!, leaf.MaxPoints, random);
            entries.Add(new LeafEntry(leaf.Code, [new RoundEntry(AssessmentRound.SelfAssessment, Input(leaf.Rule!, leaf.MaxPoints, random), null, null), new RoundEntry(AssessmentRound.Appraisal, appraised, null, null)], [], null));
        }

        entries.Add(new LeafEntry("9.1", [new RoundEntry(AssessmentRound.Appraisal, new BinaryInput(random.Next(4) == 0), null, null)], [], null));
        entries.Add(new LeafEntry("9.2", [new RoundEntry(AssessmentRound.Appraisal, new CountInput(random.Next(0, 3)), null, null)], [], null));
        var code = index.ToString("00000", CultureInfo.InvariantCulture);
        return new Assessment(new FrameworkReference("bench-xa", "1"), 2025, new AssessedUnit(code, "UBND xã " + code, null), false, entries.ToImmutable());
    }

    private static LeafInput Input(ScoringRule rule, decimal max, Random random) => rule switch
    {
        BinaryRule => new BinaryInput(random.Next(5) > 0),
        LevelsRule => new LevelInput(random.Next(3) switch { 0 => "xs", 1 => "tot", _ => "ht" }),
        RatioBandsRule or ProportionalRule => new RatioInput(random.Next(6000, 10001) / 100m),
        TimelinessRule => new TimelinessInput(new LocalDate(2025, 3, 31), new LocalDate(2025, 3, 31).PlusDays(random.Next(-10, 10))),
        CountThresholdRule or DeductionRule => new CountInput(random.Next(0, 5)),
        SurveyAnswerMapRule => new SurveyInput([new("A", random.Next(0, 60)), new("B", random.Next(0, 30)), new("C", random.Next(0, 10)), new("D", random.Next(0, 5))]),
        _ => new PointsInput(Math.Round(max * random.Next(50, 101) / 100m, 2)),
    };
}
