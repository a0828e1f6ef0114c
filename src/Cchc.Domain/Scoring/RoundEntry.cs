using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>The input of one scoring round for one leaf.</summary>
/// <param name="Round">The round.</param>
/// <param name="Input">What was entered.</param>
/// <param name="Date">When, or <see langword="null"/>.</param>
/// <param name="Note">A remark; for an <see cref="AssessmentRound.Explanation"/> round, the explanation (giải trình).</param>
public sealed record RoundEntry(AssessmentRound Round, LeafInput Input, LocalDate? Date, string? Note);
