using Cchc.Domain.Targets;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>A reform area of the plan (nội dung / lĩnh vực): its own number and title, mapped to one catalog kind.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Id">The area's id, unique among the plan's areas.</param>
/// <param name="Number">The number as written ("2", "II", "7").</param>
/// <param name="Title">The title as written.</param>
/// <param name="Kind">The catalog kind the area maps to.</param>
public sealed record ReformArea(string Id, string Number, string Title, ReformAreaKind Kind)
{
    /// <summary>The area's targets (chỉ tiêu, mục tiêu).</summary>
    public ValueList<Target> Targets { get; init; }

    /// <summary>The area's tasks (nhiệm vụ, giải pháp).</summary>
    public ValueList<PlanTask> Tasks { get; init; }
}
