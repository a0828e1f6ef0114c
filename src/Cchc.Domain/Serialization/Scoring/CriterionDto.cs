using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A node of the criteria tree.</summary>
internal sealed class CriterionDto
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required decimal MaxPoints { get; init; }

    public AssessmentMethod? Method { get; init; }

    public string? Evidence { get; init; }

    public RuleDto? Rule { get; init; }

    public List<CriterionDto>? Children { get; init; }
}
