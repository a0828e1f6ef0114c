using Cchc.Domain.Scoring;

namespace Cchc.Cli.Scores;

/// <summary>One assessment scored: the file it came from, its card and its rank in its block.</summary>
/// <param name="File">The assessment as named on the command line.</param>
/// <param name="Card">The score card.</param>
/// <param name="Rank">The competition rank in the block, or <see langword="null"/> when excluded from ranking.</param>
internal sealed record ScoredUnit(string File, ScoreCard Card, int? Rank);
