using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A percentage.</summary>
internal sealed class RatioInputDto : InputDto
{
    public required decimal Percent { get; init; }
}
