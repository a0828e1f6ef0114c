using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>On time / late / not done.</summary>
internal sealed class TimelinessRuleDto : RuleDto
{
    public required decimal LateFraction { get; init; }

    public int? GraceDays { get; init; }
}
