namespace Cchc.Domain.Scoring;

/// <summary>Where rounding happens while scoring.</summary>
public enum RoundingStage
{
    /// <summary>Each leaf's points are rounded, then sums are exact; indexes are rounded too.</summary>
    EachLeaf = 0,

    /// <summary>Points are kept exact; only the indexes (component indexes and the final index) are rounded.</summary>
    IndexOnly = 1,
}
