using System.Text.Json.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>An assessment document.</summary>
internal sealed class AssessmentDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string SchemaVersion { get; init; }

    public required FrameworkReferenceDto Framework { get; init; }

    public required int Year { get; init; }

    public required UnitDto Unit { get; init; }

    public bool? ExcludedFromRanking { get; init; }

    public required List<EntryDto> Entries { get; init; }
}
