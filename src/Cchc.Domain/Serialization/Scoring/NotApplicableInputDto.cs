using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Không áp dụng.</summary>
internal sealed class NotApplicableInputDto : InputDto
{
    public string? Reason { get; init; }
}
