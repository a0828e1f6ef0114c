using System.Collections.Immutable;
using System.Globalization;
using Cchc.Domain.Scoring;
using NodaTime;

namespace Cchc.Domain.Tests.Scoring;

/// <summary>Random frameworks, rules and inputs for the properties, drawn from a seed (FsCheck supplies the seeds).</summary>
internal sealed class RandomScoring(int seed)
{
    private static readonly LocalDate Due = new(2024, 6, 30);
    private readonly Random _random = new(seed);
    private int _codes;

    public Random Random => _random;

    public ScoringFramework Framework()
    {
        var policy = new ScoringPolicy(
            Pick(Enum.GetValues<NotApplicablePolicy>()),
            new RoundingPolicy(_random.Next(0, 4), Pick(Enum.GetValues<ScoreRoundingMode>()), Pick(Enum.GetValues<RoundingStage>())),
            _random.Next(2) == 0);
        var areas = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Node(depth: 0)).ToImmutableArray();
        var adjustments = _random.Next(2) == 0
            ? null
            : new AdjustmentBlock(Quarter(0, 12), Quarter(0, 12), [.. Enumerable.Range(0, _random.Next(1, 4)).Select(_ =>
                new AdjustmentItem(NextCode(), "Điểm thưởng/trừ", Pick(Enum.GetValues<AdjustmentDirection>()), Quarter(1, 12), null, Rule()))]);
        return new ScoringFramework(new FrameworkIdentity("random", "1", "Ngẫu nhiên", null, FrameworkLevel.Commune, null, 2024, null), areas, adjustments, policy, []);
    }

    public Assessment Assessment(ScoringFramework framework, string unit)
    {
        var targets = framework.Leaves.Select(l => (l.Code, l.Rule!, l.MaxPoints))
            .Concat((framework.Adjustments?.Items ?? []).Select(i => (i.Code, i.Rule, i.MaxPoints)));
        var entries = new List<LeafEntry>();
        foreach (var (code, rule, max) in targets)
        {
            var roll = _random.Next(20);
            if (roll == 0)
            {
                continue;
            }

            LeafInput input = roll switch
            {
                1 => new NotApplicableInput(null),
                2 => new PointsInput(Quarter(0, 40)),
                _ => Input(rule, max),
            };
            var rounds = ImmutableArray.Create(new RoundEntry(AssessmentRound.SelfAssessment, Input(rule, max), null, null), new RoundEntry(AssessmentRound.Appraisal, input, null, null));
            entries.Add(new LeafEntry(code, rounds, [], null));
        }

        return new Assessment(new FrameworkReference("random", "1"), 2024, new AssessedUnit(unit, unit, _random.Next(3) == 0 ? "b" : null), _random.Next(8) == 0, [.. entries]);
    }

    public ScoringRule Rule() => _random.Next(9) switch
    {
        0 => BinaryRule.Instance,
        1 => new LevelsRule([.. Enumerable.Range(0, _random.Next(1, 5)).Select(i => new LevelOption("l" + i.ToString(CultureInfo.InvariantCulture), "Mức", Fraction()))]),
        2 => MonotoneBands(),
        3 => new ProportionalRule(_random.Next(2) == 0 ? null : _random.Next(0, 101)),
        4 => new TimelinessRule(Fraction(), _random.Next(0, 6)),
        5 => new CountThresholdRule(_random.Next(0, 4), Quarter(0, 8), _random.Next(0, 3), Quarter(0, 4)),
        6 => new DeductionRule(Quarter(1, 8)),
        7 => new SurveyAnswerMapRule([new("A", 100m), new("B", 60m), new("C", 20m), new("D", 0m)]),
        _ => ManualRule.Instance,
    };

    /// <summary>An input fitting <paramref name="rule"/>.</summary>
    public LeafInput Input(ScoringRule rule, decimal max) => rule switch
    {
        BinaryRule => new BinaryInput(_random.Next(2) == 0),
        LevelsRule levels => new LevelInput(Pick([.. levels.Levels.Select(l => l.Code)])),
        RatioBandsRule or ProportionalRule => new RatioInput(_random.Next(0, 12001) / 100m),
        TimelinessRule => new TimelinessInput(Due, _random.Next(5) == 0 ? null : Due.PlusDays(_random.Next(-10, 20))),
        CountThresholdRule or DeductionRule => new CountInput(_random.Next(0, 12)),
        SurveyAnswerMapRule => new SurveyInput([.. new[] { "A", "B", "C", "D" }.Select(o => new SurveyAnswerCount(o, _random.Next(0, 30)))]),
        _ => new PointsInput(_random.Next(0, (int)(max * 100) + 1) / 100m),
    };

    /// <summary>An input achieving at least as much as <paramref name="input"/> under <paramref name="rule"/>.</summary>
    public LeafInput Better(ScoringRule rule, LeafInput input) => (rule, input) switch
    {
        (BinaryRule, BinaryInput) => new BinaryInput(true),
        (LevelsRule levels, LevelInput level) => new LevelInput(levels.Levels.Where(l => l.Fraction >= levels.Find(level.Level)!.Fraction).Select(l => l.Code).OrderBy(_ => _random.Next()).First()),
        (_, RatioInput ratio) => new RatioInput(ratio.Percent + (_random.Next(0, 3001) / 100m)),
        (_, TimelinessInput { Delivered: null } t) => t with { Delivered = _random.Next(3) == 0 ? null : Due.PlusDays(_random.Next(-10, 20)) },
        (_, TimelinessInput { Delivered: { } delivered } t) => t with { Delivered = delivered.PlusDays(-_random.Next(0, 8)) },
        (DeductionRule, CountInput count) => new CountInput(Math.Max(0, count.Count - _random.Next(0, 4))),
        (_, CountInput count) => new CountInput(count.Count + _random.Next(0, 4)),
        (_, SurveyInput survey) => MoveUp(survey),
        (_, PointsInput points) => new PointsInput(points.Points + (_random.Next(0, 300) / 100m)),
        _ => input,
    };

    private SurveyInput MoveUp(SurveyInput survey)
    {
        // One respondent moves to a better option (A is best).
        var answers = survey.Answers.ToArray();
        var from = _random.Next(1, answers.Length);
        if (answers[from].Count == 0)
        {
            return survey;
        }

        var to = _random.Next(0, from);
        answers[from] = answers[from] with { Count = answers[from].Count - 1 };
        answers[to] = answers[to] with { Count = answers[to].Count + 1 };
        return new SurveyInput([.. answers]);
    }

    private RatioBandsRule MonotoneBands()
    {
        var cuts = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => (decimal)_random.Next(1, 100)).Distinct().Order().ToList();
        var fractions = Enumerable.Range(0, cuts.Count + 1).Select(_ => Fraction()).Order().ToList();
        var bands = new List<RatioBand>();
        var lowerInclusive = _random.Next(2) == 0;
        for (var i = 0; i <= cuts.Count; i++)
        {
            decimal? from = i == 0 ? null : cuts[i - 1];
            decimal? to = i == cuts.Count ? null : cuts[i];
            bands.Add(new RatioBand(from, lowerInclusive, to, !lowerInclusive, fractions[i]));
        }

        return new RatioBandsRule([.. bands.OrderBy(_ => _random.Next())]);
    }

    private Criterion Node(int depth)
    {
        if (depth >= 2 || _random.Next(3) == 0)
        {
            var method = _random.Next(4) == 0 ? AssessmentMethod.Survey : AssessmentMethod.SelfAssessed;
            return Criterion.Leaf(NextCode(), "Tiêu chí", Quarter(1, 24), Rule(), method);
        }

        return Criterion.Parent(NextCode(), "Nhóm", [.. Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Node(depth + 1))]);
    }

    private string NextCode() => (++_codes).ToString(CultureInfo.InvariantCulture);

    private decimal Quarter(int min, int max) => _random.Next(min, max + 1) / 4m;

    private decimal Fraction() => _random.Next(0, 5) / 4m;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
