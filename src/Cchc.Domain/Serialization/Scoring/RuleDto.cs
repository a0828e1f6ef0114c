using System.Text.Json.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A leaf's scoring rule, discriminated by <c>kind</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BinaryRuleDto), "binary")]
[JsonDerivedType(typeof(LevelsRuleDto), "levels")]
[JsonDerivedType(typeof(RatioBandsRuleDto), "ratioBands")]
[JsonDerivedType(typeof(ProportionalRuleDto), "proportional")]
[JsonDerivedType(typeof(TimelinessRuleDto), "timeliness")]
[JsonDerivedType(typeof(CountThresholdRuleDto), "countThreshold")]
[JsonDerivedType(typeof(DeductionRuleDto), "deduction")]
[JsonDerivedType(typeof(SurveyAnswerMapRuleDto), "surveyAnswerMap")]
[JsonDerivedType(typeof(ManualRuleDto), "manual")]
internal abstract class RuleDto;
