using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>One answer option.</summary>
internal sealed class SurveyOptionDto
{
    public required string Option { get; init; }

    public required decimal Percent { get; init; }
}
