using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>An evidence document.</summary>
internal sealed class EvidenceDto
{
    public string? Number { get; init; }

    public LocalDate? Date { get; init; }

    public string? Issuer { get; init; }

    public string? Section { get; init; }

    public string? FileName { get; init; }
}
