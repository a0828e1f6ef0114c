namespace Cchc.Domain.Deadlines;

/// <summary>
/// When something is due, as a closed set of kinds. <see cref="Text"/> keeps the Vietnamese phrase
/// exactly as the plan writes it ("Quý I", "Trước ngày 05/12/2021"); the kind is its meaning.
/// </summary>
/// <threadsafety>Every kind is immutable and thread-safe.</threadsafety>
public abstract record Deadline
{
    private protected Deadline()
    {
    }

    /// <summary>The phrase as written, or <see langword="null"/> for a deadline built in code.</summary>
    public string? Text { get; init; }

    /// <summary>Reads a Vietnamese deadline phrase.</summary>
    /// <param name="vietnameseText">The phrase, in any case, with or without diacritics.</param>
    /// <param name="planYear">The plan's year, for phrases that leave the year out ("Quý I", "Trước 30/11").</param>
    /// <param name="deadline">The deadline, with <see cref="Text"/> set to the phrase; <see langword="null"/> when not understood.</param>
    /// <returns>Whether the phrase was understood.</returns>
    public static bool TryParse(string? vietnameseText, int planYear, out Deadline deadline) =>
        DeadlineParser.TryParse(vietnameseText, planYear, out deadline);
}
