using NodaTime;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>An evidence document.</summary>
internal sealed class EvidenceDto
{
    public string? Number { get; set; }

    public LocalDate? Date { get; set; }

    public string? Issuer { get; set; }

    public string? Section { get; set; }

    public string? FileName { get; set; }
}
