using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// A phrase the parser does not understand, kept exactly as written in <see cref="Deadline.Text"/>.
/// Readers report it with a warning; it has no due date.
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

    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // Not understood: no date.
    }
}
