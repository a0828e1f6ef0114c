namespace Cchc.Domain.Deadlines;

/// <summary>How due dates are read from deadlines whose wording leaves a choice (see docs/deadlines.md).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeadlineOptions
{
    /// <summary>The defaults: "trước ngày X" is on time up to X − 1; a limit on a day off moves to the previous working day.</summary>
    public static DeadlineOptions Default { get; } = new();

    /// <summary>How "trước ngày X" is read; by default <see cref="ByDateReading.DayBefore"/>.</summary>
    public ByDateReading ByDateReading { get; init; } = ByDateReading.DayBefore;

    /// <summary>
    /// Where a fixed limit ("trước ngày X", "chậm nhất ngày X", a report's due day) that falls on a day off
    /// moves; by default <see cref="DayOffRule.PreviousWorkingDay"/>.
    /// </summary>
    public DayOffRule LimitOnDayOff { get; init; } = DayOffRule.PreviousWorkingDay;
}
