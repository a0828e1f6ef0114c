using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Count thresholds, stepwise with a cap.</summary>
internal sealed class CountThresholdRuleDto : RuleDto
{
    public required int Minimum { get; init; }

    public required decimal BasePoints { get; init; }

    public int? Step { get; init; }

    public decimal? StepPoints { get; init; }
}
