using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>A unit's role in an <see cref="Assignment"/>.</summary>
public enum AssignmentRole
{
    /// <summary>Leads (chủ trì).</summary>
    Lead = 0,

    /// <summary>Supports (phối hợp).</summary>
    Support = 1,

    /// <summary>The standing or focal unit that follows up and consolidates reports (cơ quan thường trực, đầu mối).</summary>
    Standing = 2,

    /// <summary>Directs (chỉ đạo thực hiện).</summary>
    Direction = 3,

    /// <summary>Carries out (cơ quan thực hiện).</summary>
    Implementation = 4,
}
