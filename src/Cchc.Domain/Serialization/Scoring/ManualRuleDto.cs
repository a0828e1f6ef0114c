using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Manual points.</summary>
internal sealed class ManualRuleDto : RuleDto;
