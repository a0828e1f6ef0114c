using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The rounding policy.</summary>
internal sealed class RoundingDto
{
    public required int Decimals { get; init; }

    public required ScoreRoundingMode Mode { get; init; }

    public required RoundingStage Stage { get; init; }
}
