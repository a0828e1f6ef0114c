namespace Cchc.Domain.Serialization.Scoring;

/// <summary>One percentage band.</summary>
internal sealed class RatioBandDto
{
    public decimal? From { get; set; }

    public bool? FromInclusive { get; set; }

    public decimal? To { get; set; }

    public bool? ToInclusive { get; set; }

    public required decimal Fraction { get; init; }
}
