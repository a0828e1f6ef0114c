using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A classification band.</summary>
internal sealed class ClassificationBandDto
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required decimal From { get; init; }

    public decimal? To { get; init; }
}
