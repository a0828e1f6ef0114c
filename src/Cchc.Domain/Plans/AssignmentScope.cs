using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>What an <see cref="Assignment"/> covers.</summary>
public enum AssignmentScope
{
    /// <summary>The whole plan.</summary>
    Plan = 0,

    /// <summary>The listed reform areas ("các nội dung 2, 3, 4, 6, 7").</summary>
    Areas = 1,

    /// <summary>The listed tasks.</summary>
    Tasks = 2,
}
