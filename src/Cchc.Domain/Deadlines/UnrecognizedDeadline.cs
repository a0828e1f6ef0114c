using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// A phrase the parser does not understand, kept exactly as written in <see cref="Deadline.Text"/>, with why and
/// where reading stopped when known (<see cref="Failure"/>). Readers report it with a warning; it has no due date.
/// </summary>
public sealed record UnrecognizedDeadline : Deadline
{
    /// <summary>Keeps <paramref name="text"/> as an unrecognized deadline.</summary>
    /// <param name="text">The phrase as written.</param>
    public UnrecognizedDeadline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Why and where the parser stopped, or <see langword="null"/> when not known (a deadline built in code or read without it).</summary>
    /// <remarks>Not part of equality: two unrecognized deadlines are equal when their phrases are.</remarks>
    public DeadlineParseFailure? Failure { get; init; }

    /// <inheritdoc />
    public override DateInterval? Span => null;

    /// <inheritdoc />
    public bool Equals(UnrecognizedDeadline? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // Not understood: no date.
    }
}
