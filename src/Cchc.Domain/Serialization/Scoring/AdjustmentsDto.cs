using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The bonus/penalty block.</summary>
internal sealed class AdjustmentsDto
{
    public required decimal BonusCap { get; init; }

    public required decimal PenaltyCap { get; init; }

    public required List<AdjustmentItemDto> Items { get; init; }
}
