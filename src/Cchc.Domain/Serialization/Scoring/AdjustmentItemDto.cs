using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A bonus/penalty item.</summary>
internal sealed class AdjustmentItemDto
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required AdjustmentDirection Direction { get; init; }

    public required decimal MaxPoints { get; init; }

    public string? Evidence { get; init; }

    public required RuleDto Rule { get; init; }
}
