using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The framework an assessment is for.</summary>
internal sealed class FrameworkReferenceDto
{
    public required string Id { get; init; }

    public required string Version { get; init; }
}
