using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The unit assessed.</summary>
internal sealed class UnitDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? Block { get; init; }
}
