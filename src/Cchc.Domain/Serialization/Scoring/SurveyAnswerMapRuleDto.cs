using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Survey answer map.</summary>
internal sealed class SurveyAnswerMapRuleDto : RuleDto
{
    public required List<SurveyOptionDto> Options { get; init; }
}
