using System.Text.Json.Serialization;
using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A scoring framework document.</summary>
internal sealed class FrameworkDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public string? Decision { get; init; }

    public required FrameworkLevel Level { get; init; }

    public string? Block { get; init; }

    public required int FirstYear { get; init; }

    public int? LastYear { get; init; }

    public PolicyDto? Policy { get; init; }

    public required List<CriterionDto> Areas { get; init; }

    public AdjustmentsDto? Adjustments { get; init; }

    public List<ClassificationSchemeDto>? Classification { get; init; }
}
