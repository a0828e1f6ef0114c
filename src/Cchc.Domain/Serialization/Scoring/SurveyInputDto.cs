using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A survey tally.</summary>
internal sealed class SurveyInputDto : InputDto
{
    public required List<SurveyAnswerDto> Answers { get; init; }
}
