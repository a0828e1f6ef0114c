using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>One due date of a deadline: the latest on-time day, the limit it comes from, and its part.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Date">The latest on-time day, after moving off a day off where the rule says so.</param>
/// <param name="Limit">The last day the wording allows (X − 1 for "trước ngày X", the last day of a quarter…), before any move.</param>
/// <param name="Part">The deadline (or part of it) the date comes from.</param>
/// <param name="Label">The label of a labelled part ("Kế hoạch", "Báo cáo") or the period of a recurring report part; <see langword="null"/> otherwise.</param>
public sealed record ResolvedDueDate(LocalDate Date, LocalDate Limit, Deadline Part, string? Label)
{
    /// <summary>Whether <see cref="Date"/> was moved off a day off.</summary>
    public bool IsMoved => Date != Limit;
}
