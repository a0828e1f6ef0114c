using System.Collections.Immutable;
using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Maps framework transfer objects to the model and back; array positions are kept so JSON Pointers stay valid.</summary>
internal static class FrameworkMapper
{
    public static ScoringFramework ToModel(FrameworkDto dto)
    {
        var identity = new FrameworkIdentity(dto.Id, dto.Version, dto.Title, dto.Decision, dto.Level, dto.Block, dto.FirstYear, dto.LastYear);
        var policy = dto.Policy is { } p
            ? new ScoringPolicy(p.NotApplicable, new RoundingPolicy(p.Rounding.Decimals, p.Rounding.Mode, p.Rounding.Stage), p.IndexMayExceed100)
            : ScoringPolicy.Default;
        var adjustments = dto.Adjustments is { } a
            ? new AdjustmentBlock(a.BonusCap, a.PenaltyCap, [.. a.Items.Select(i => new AdjustmentItem(i.Code, i.Title, i.Direction, i.MaxPoints, i.Evidence, ToModel(i.Rule)))])
            : null;
        ValueList<ClassificationScheme> classification =
            [.. (dto.Classification ?? []).Select(s => new ClassificationScheme(s.Block, [.. s.Bands.Select(b => new ClassificationBand(b.Code, b.Label, b.From, b.To))]))];
        return new ScoringFramework(identity, [.. dto.Areas.Select(ToModel)], adjustments, policy, classification);
    }

    public static FrameworkDto ToDto(ScoringFramework framework, string? schemaUri)
    {
        var identity = framework.Identity;
        var policy = framework.Policy;
        return new FrameworkDto
        {
            Schema = schemaUri,
            SchemaVersion = SchemaVersions.Current,
            Id = identity.Id,
            Version = identity.Version,
            Title = identity.Title,
            Decision = identity.Decision,
            Level = identity.Level,
            Block = identity.Block,
            FirstYear = identity.FirstYear,
            LastYear = identity.LastYear,
            Policy = new PolicyDto
            {
                NotApplicable = policy.NotApplicable,
                Rounding = new RoundingDto { Decimals = policy.Rounding.Decimals, Mode = policy.Rounding.Mode, Stage = policy.Rounding.Stage },
                IndexMayExceed100 = policy.IndexMayExceed100,
            },
            Areas = [.. framework.Areas.Select(ToDto)],
            Adjustments = framework.Adjustments is { } a
                ? new AdjustmentsDto
                {
                    BonusCap = a.BonusCap,
                    PenaltyCap = a.PenaltyCap,
                    Items = [.. a.Items.Select(i => new AdjustmentItemDto { Code = i.Code, Title = i.Title, Direction = i.Direction, MaxPoints = i.MaxPoints, Evidence = i.Evidence, Rule = ToDto(i.Rule) })],
                }
                : null,
            Classification = framework.Classification.IsEmpty
                ? null
                : [.. framework.Classification.Select(s => new ClassificationSchemeDto
                {
                    Block = s.Block,
                    Bands = [.. s.Bands.Select(b => new ClassificationBandDto { Code = b.Code, Label = b.Label, From = b.From, To = b.To })],
                })],
        };
    }

    private static Criterion ToModel(CriterionDto dto) =>
        new(dto.Code, dto.Title, dto.MaxPoints, dto.Method ?? AssessmentMethod.SelfAssessed, dto.Evidence, dto.Rule is null ? null : ToModel(dto.Rule), [.. (dto.Children ?? []).Select(ToModel)]);

    private static CriterionDto ToDto(Criterion criterion) => new()
    {
        Code = criterion.Code,
        Title = criterion.Title,
        MaxPoints = criterion.MaxPoints,
        Method = criterion.Method,
        Evidence = criterion.Evidence,
        Rule = criterion.Rule is null ? null : ToDto(criterion.Rule),
        Children = criterion.IsLeaf ? null : [.. criterion.Children.Select(ToDto)],
    };

    private static ScoringRule ToModel(RuleDto dto) => dto switch
    {
        LevelsRuleDto levels => new LevelsRule([.. levels.Levels.Select(l => new LevelOption(l.Code, l.Label, l.Fraction))]),
        RatioBandsRuleDto bands => new RatioBandsRule([.. bands.Bands.Select(b => new RatioBand(b.From, b.FromInclusive ?? true, b.To, b.ToInclusive ?? false, b.Fraction))]),
        ProportionalRuleDto proportional => new ProportionalRule(proportional.FloorPercent),
        TimelinessRuleDto timeliness => new TimelinessRule(timeliness.LateFraction, timeliness.GraceDays ?? 0),
        CountThresholdRuleDto count => new CountThresholdRule(count.Minimum, count.BasePoints, count.Step ?? 0, count.StepPoints ?? 0m),
        DeductionRuleDto deduction => new DeductionRule(deduction.PointsPerViolation),
        SurveyAnswerMapRuleDto survey => new SurveyAnswerMapRule([.. survey.Options.Select(o => new SurveyAnswerOption(o.Option, o.Percent))]),
        ManualRuleDto => ManualRule.Instance,
        _ => BinaryRule.Instance,
    };

    private static RuleDto ToDto(ScoringRule rule) => rule switch
    {
        LevelsRule levels => new LevelsRuleDto { Levels = [.. levels.Levels.Select(l => new LevelOptionDto { Code = l.Code, Label = l.Label, Fraction = l.Fraction })] },
        RatioBandsRule bands => new RatioBandsRuleDto
        {
            Bands = [.. bands.Bands.Select(b => new RatioBandDto { From = b.From, FromInclusive = b.From is null ? null : b.FromInclusive, To = b.To, ToInclusive = b.To is null ? null : b.ToInclusive, Fraction = b.Fraction })],
        },
        ProportionalRule proportional => new ProportionalRuleDto { FloorPercent = proportional.FloorPercent },
        TimelinessRule timeliness => new TimelinessRuleDto { LateFraction = timeliness.LateFraction, GraceDays = timeliness.GraceDays },
        CountThresholdRule count => new CountThresholdRuleDto { Minimum = count.Minimum, BasePoints = count.BasePoints, Step = count.Step, StepPoints = count.StepPoints },
        DeductionRule deduction => new DeductionRuleDto { PointsPerViolation = deduction.PointsPerViolation },
        SurveyAnswerMapRule survey => new SurveyAnswerMapRuleDto { Options = [.. survey.Options.Select(o => new SurveyOptionDto { Option = o.Option, Percent = o.Percent })] },
        ManualRule => new ManualRuleDto(),
        _ => new BinaryRuleDto(),
    };
}
