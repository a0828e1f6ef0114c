using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A level code.</summary>
internal sealed class LevelInputDto : InputDto
{
    public required string Level { get; init; }
}
