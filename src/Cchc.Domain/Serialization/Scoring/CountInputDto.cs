using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A count.</summary>
internal sealed class CountInputDto : InputDto
{
    public required int Count { get; init; }
}
