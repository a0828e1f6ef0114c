using Cchc.Domain.Scoring;
using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>One scoring round.</summary>
internal sealed class RoundDto
{
    public required AssessmentRound Round { get; init; }

    public LocalDate? Date { get; init; }

    public required InputDto Input { get; init; }

    public string? Note { get; init; }
}
