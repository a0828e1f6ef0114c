using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Due and delivered dates.</summary>
internal sealed class TimelinessInputDto : InputDto
{
    public required LocalDate Due { get; init; }

    public LocalDate? Delivered { get; init; }
}
