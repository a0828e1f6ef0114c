using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Max × ratio.</summary>
internal sealed class ProportionalRuleDto : RuleDto
{
    public decimal? FloorPercent { get; init; }
}
