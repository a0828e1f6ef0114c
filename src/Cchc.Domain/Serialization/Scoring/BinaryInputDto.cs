using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Có / không.</summary>
internal sealed class BinaryInputDto : InputDto
{
    public required bool Achieved { get; init; }
}
