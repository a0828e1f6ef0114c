using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The classification bands of a block.</summary>
internal sealed class ClassificationSchemeDto
{
    public string? Block { get; init; }

    public required List<ClassificationBandDto> Bands { get; init; }
}
