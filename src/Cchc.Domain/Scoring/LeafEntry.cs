using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>Everything recorded for one leaf (or bonus/penalty item): every round, the evidence documents and an explanation.</summary>
/// <param name="Code">The criterion code.</param>
/// <param name="Rounds">The rounds, in the order they happened; all are kept.</param>
/// <param name="Evidence">The evidence documents.</param>
/// <param name="Explanation">How the points were obtained where there is no evidence, or <see langword="null"/>.</param>
public sealed record LeafEntry(string Code, ValueList<RoundEntry> Rounds, ValueList<EvidenceDocument> Evidence, string? Explanation)
{
    /// <summary>The input that counts: the last second appraisal, else the last appraisal, else the last round of any kind; <see langword="null"/> without rounds.</summary>
    public RoundEntry? FinalRound => LastOf(AssessmentRound.SecondAppraisal) ?? LastOf(AssessmentRound.Appraisal) ?? (Rounds.IsEmpty ? null : Rounds[^1]);

    /// <summary>Whether an appraisal (first or second) has been recorded.</summary>
    public bool IsAppraised => LastOf(AssessmentRound.SecondAppraisal) is not null || LastOf(AssessmentRound.Appraisal) is not null;

    /// <summary>The last round of kind <paramref name="round"/>, or <see langword="null"/>.</summary>
    /// <param name="round">The round kind.</param>
    /// <returns>The round or <see langword="null"/>.</returns>
    public RoundEntry? LastOf(AssessmentRound round)
    {
        if (Rounds.IsEmpty)
        {
            return null;
        }

        for (var i = Rounds.Count - 1; i >= 0; i--)
        {
            if (Rounds[i].Round == round)
            {
                return Rounds[i];
            }
        }

        return null;
    }

    /// <summary>Whether there is an explanation: <see cref="Explanation"/> or a note on an explanation round.</summary>
    public bool HasExplanation =>
        !string.IsNullOrWhiteSpace(Explanation)
        || (!Rounds.IsEmpty && Rounds.Any(r => r.Round == AssessmentRound.Explanation && !string.IsNullOrWhiteSpace(r.Note)));
}
