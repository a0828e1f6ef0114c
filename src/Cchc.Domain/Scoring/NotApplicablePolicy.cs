namespace Cchc.Domain.Scoring;

/// <summary>What a framework does with criteria marked "Không áp dụng" (not applicable) for a unit.</summary>
public enum NotApplicablePolicy
{
    /// <summary>
    /// The criterion leaves both the points and the maximum: every index above it is points over the
    /// applicable maximum (generalises the confirmed rule "no survey → appraised points scaled to 100").
    /// </summary>
    RescaleDenominator = 0,

    /// <summary>
    /// The parent keeps its maximum; the points of its applicable children are scaled up by
    /// parent max ÷ applicable children's max, so the missing points are spread over the siblings.
    /// </summary>
    RedistributeWithinParent = 1,

    /// <summary>The criterion is given its full maximum.</summary>
    ScoreAsMax = 2,
}
