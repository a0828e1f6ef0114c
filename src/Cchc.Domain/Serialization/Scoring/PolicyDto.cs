using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The scoring policy of a framework.</summary>
internal sealed class PolicyDto
{
    public required NotApplicablePolicy NotApplicable { get; init; }

    public required RoundingDto Rounding { get; init; }

    public required bool IndexMayExceed100 { get; init; }
}
