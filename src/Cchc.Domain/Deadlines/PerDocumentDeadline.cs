using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Due when another document says ("Theo thời hạn của Kế hoạch rà soát của UBND tỉnh", "Theo tiến độ của Đề án",
/// "Theo quy định"). It has no due date of its own.
/// </summary>
/// <param name="Document">The document that sets the time, as written ("Kế hoạch rà soát của UBND tỉnh").</param>
public sealed record PerDocumentDeadline(string Document) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // Set by another document: no date here.
    }
}
