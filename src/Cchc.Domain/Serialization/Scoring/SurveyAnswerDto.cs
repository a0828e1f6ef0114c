using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Respondents of one option.</summary>
internal sealed class SurveyAnswerDto
{
    public required string Option { get; init; }

    public required int Count { get; init; }
}
