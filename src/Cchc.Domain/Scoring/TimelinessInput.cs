using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>
/// A due date and the date of delivery, for <see cref="TimelinessRule"/>. The due date is a plain date:
/// a due date computed from a working calendar ("05 ngày làm việc") is resolved before it is entered,
/// and grace days are counted by the <see cref="ITimelinessCalendar"/> given to the scorer.
/// </summary>
/// <param name="Due">The last on-time date.</param>
/// <param name="Delivered">The date the work was delivered, or <see langword="null"/> when it was not done.</param>
public sealed record TimelinessInput(LocalDate Due, LocalDate? Delivered) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "timeliness";
}
