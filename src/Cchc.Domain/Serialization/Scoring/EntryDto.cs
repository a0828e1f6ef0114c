using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The entry of one leaf.</summary>
internal sealed class EntryDto
{
    public required string Code { get; init; }

    public required List<RoundDto> Rounds { get; init; }

    public List<EvidenceDto>? Evidence { get; init; }

    public string? Explanation { get; init; }
}
