using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>The classification bands of one block of units (khối sở, khối huyện…), or of every block when <see cref="Block"/> is <see langword="null"/>.</summary>
/// <param name="Block">The block code, or <see langword="null"/> for the default scheme.</param>
/// <param name="Bands">The bands; they must neither overlap nor leave gaps between 0 and 100.</param>
public sealed record ClassificationScheme(string? Block, ValueList<ClassificationBand> Bands)
{
    /// <summary>The band containing <paramref name="indexPercent"/>, or <see langword="null"/>.</summary>
    /// <param name="indexPercent">An index in percent.</param>
    /// <returns>The band or <see langword="null"/>.</returns>
    public ClassificationBand? Classify(decimal indexPercent)
    {
        foreach (var band in Bands)
        {
            if (band.Contains(indexPercent))
            {
                return band;
            }
        }

        return null;
    }
}
