namespace Cchc.Domain.Scoring;

/// <summary>
/// The rounding of a framework: number of decimals, mode and stage. Published indexes have two
/// decimals; the Nam Định 2020 figure (62.62 of 70 published as 89.45 %) is reproduced by
/// <see cref="ScoreRoundingMode.Truncate"/>, not by half-up (89.46).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Decimals">Number of decimals kept, 0 to 6.</param>
/// <param name="Mode">How values are rounded.</param>
/// <param name="Stage">Whether leaf points are rounded or only indexes.</param>
public sealed record RoundingPolicy(int Decimals, ScoreRoundingMode Mode, RoundingStage Stage)
{
    /// <summary>Two decimals, half-up, each leaf rounded: the default.</summary>
    public static RoundingPolicy Default { get; } = new(2, ScoreRoundingMode.HalfUp, RoundingStage.EachLeaf);

    /// <summary>Rounds <paramref name="value"/> to <see cref="Decimals"/> with <see cref="Mode"/>.</summary>
    /// <param name="value">The value to round.</param>
    /// <returns>The rounded value.</returns>
    public decimal Round(decimal value)
    {
        var decimals = Math.Clamp(Decimals, 0, 6);
        return Mode switch
        {
            ScoreRoundingMode.HalfEven => Math.Round(value, decimals, MidpointRounding.ToEven),
            ScoreRoundingMode.Truncate => Math.Round(value, decimals, MidpointRounding.ToZero),
            _ => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
        };
    }

    /// <summary>Rounds leaf or node points when <see cref="Stage"/> is <see cref="RoundingStage.EachLeaf"/>; otherwise returns them unchanged.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The points as the stage keeps them.</returns>
    public decimal RoundPoints(decimal points) => Stage == RoundingStage.EachLeaf ? Round(points) : points;
}
