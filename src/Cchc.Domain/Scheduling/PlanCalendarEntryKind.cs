using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>What a plan calendar entry is due for.</summary>
public enum PlanCalendarEntryKind
{
    /// <summary>A task's deadline (or one part of it).</summary>
    Task = 0,

    /// <summary>A periodic report.</summary>
    Report = 1,
}
