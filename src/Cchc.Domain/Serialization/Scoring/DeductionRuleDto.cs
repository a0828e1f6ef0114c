using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Deduction per violation.</summary>
internal sealed class DeductionRuleDto : RuleDto
{
    public required decimal PointsPerViolation { get; init; }
}
