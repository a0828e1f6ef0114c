using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>One percentage band.</summary>
internal sealed class RatioBandDto
{
    public decimal? From { get; init; }

    public bool? FromInclusive { get; init; }

    public decimal? To { get; init; }

    public bool? ToInclusive { get; init; }

    public required decimal Fraction { get; init; }
}
