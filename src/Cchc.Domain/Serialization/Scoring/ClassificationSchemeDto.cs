namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The classification bands of a block.</summary>
internal sealed class ClassificationSchemeDto
{
    public string? Block { get; set; }

    public required List<ClassificationBandDto> Bands { get; init; }
}
