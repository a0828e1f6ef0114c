using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>A product of a task (sản phẩm). A deliverable may have its own lead: "a) Văn phòng Sở b) Trung tâm XTTM".</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Title">The deliverable as written.</param>
public sealed record Deliverable(string Title)
{
    /// <summary>The label as written ("a", "b"), or <see langword="null"/>.</summary>
    public string? Label { get; init; }

    /// <summary>The units that lead this deliverable, when it has its own lead.</summary>
    public ValueList<string> LeadUnitIds { get; init; }
}
