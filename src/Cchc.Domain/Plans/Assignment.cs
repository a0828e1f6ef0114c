using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// A unit's role over the plan, over reform areas or over tasks, as "Tổ chức thực hiện" assigns it
/// ("Văn phòng Sở chủ trì … các nội dung 2, 3, 4, 6, 7").
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="UnitId">The unit assigned.</param>
/// <param name="Role">Its role.</param>
/// <param name="Scope">What the assignment covers.</param>
public sealed record Assignment(string UnitId, AssignmentRole Role, AssignmentScope Scope)
{
    /// <summary>With <see cref="AssignmentScope.Areas"/>, the areas covered.</summary>
    public ValueList<string> AreaIds { get; init; }

    /// <summary>With <see cref="AssignmentScope.Tasks"/>, the tasks covered.</summary>
    public ValueList<string> TaskIds { get; init; }

    /// <summary>The duty as written.</summary>
    public string? Duty { get; init; }
}
