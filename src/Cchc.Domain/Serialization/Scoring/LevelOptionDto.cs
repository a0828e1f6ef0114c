using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>One level.</summary>
internal sealed class LevelOptionDto
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required decimal Fraction { get; init; }
}
