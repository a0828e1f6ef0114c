using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Label → fraction.</summary>
internal sealed class LevelsRuleDto : RuleDto
{
    public required List<LevelOptionDto> Levels { get; init; }
}
