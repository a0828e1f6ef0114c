namespace Cchc.Domain.Deadlines;

/// <summary>The two readings of "trước ngày X" (before day X).</summary>
public enum ByDateReading
{
    /// <summary>Literally "before X": on time up to the end of the day before X (the default).</summary>
    DayBefore = 0,

    /// <summary>Loosely "by X": on time up to the end of X itself, as "chậm nhất ngày X".</summary>
    OnOrBefore = 1,
}
