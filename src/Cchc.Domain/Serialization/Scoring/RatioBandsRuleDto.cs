using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Percentage bands.</summary>
internal sealed class RatioBandsRuleDto : RuleDto
{
    public required List<RatioBandDto> Bands { get; init; }
}
