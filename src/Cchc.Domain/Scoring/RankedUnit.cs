namespace Cchc.Domain.Scoring;

/// <summary>A unit's place in its block.</summary>
/// <param name="Card">The unit's score card.</param>
/// <param name="Block">The block it is ranked in.</param>
/// <param name="Rank">The competition rank in the block (1, 2, 2, 4 …), or <see langword="null"/> when the unit is excluded from ranking.</param>
public sealed record RankedUnit(ScoreCard Card, string Block, int? Rank);
