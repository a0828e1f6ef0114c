using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Có / không.</summary>
internal sealed class BinaryRuleDto : RuleDto;
