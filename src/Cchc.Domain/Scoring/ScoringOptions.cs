namespace Cchc.Domain.Scoring;

/// <summary>Services the scorer uses that are not part of a framework.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScoringOptions
{
    /// <summary>Calendar days for grace, the default.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>How grace days after a due date are counted; <see cref="CalendarDayGrace"/> by default.</summary>
    public ITimelinessCalendar Calendar { get; init; } = CalendarDayGrace.Instance;
}
