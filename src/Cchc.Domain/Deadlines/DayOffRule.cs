namespace Cchc.Domain.Deadlines;

/// <summary>Where a fixed limit that falls on a weekly rest day or a public holiday moves.</summary>
public enum DayOffRule
{
    /// <summary>To the last working day before it: the limit is never passed (the default).</summary>
    PreviousWorkingDay = 0,

    /// <summary>To the next working day, as Bộ luật Dân sự 2015 Điều 148 does for periods (thời hạn).</summary>
    NextWorkingDay = 1,

    /// <summary>Nowhere: the limit stays on the day off.</summary>
    Keep = 2,
}
