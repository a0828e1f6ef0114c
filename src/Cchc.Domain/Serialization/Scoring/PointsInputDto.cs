using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Points.</summary>
internal sealed class PointsInputDto : InputDto
{
    public required decimal Points { get; init; }
}
