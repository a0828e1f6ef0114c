namespace Cchc.Domain.Scoring;

/// <summary>A class of units by index, the interval [<see cref="From"/>, <see cref="To"/>) in percent, for example "Tốt" [90, ∞) or "Nhóm B" [80, 90).</summary>
/// <param name="Code">The code, for example <c>"tot"</c> or <c>"B"</c>.</param>
/// <param name="Label">The label, for example <c>"Tốt"</c> or <c>"Nhóm B"</c>.</param>
/// <param name="From">The lower bound in percent, inclusive.</param>
/// <param name="To">The upper bound in percent, exclusive; <see langword="null"/> for none.</param>
public sealed record ClassificationBand(string Code, string Label, decimal From, decimal? To)
{
    /// <summary>Whether <paramref name="indexPercent"/> falls in [From, To).</summary>
    /// <param name="indexPercent">An index in percent.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(decimal indexPercent) => indexPercent >= From && (To is not { } to || indexPercent < to);
}
