using Cchc.Domain.Deadlines;
using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// A task of the plan (nhiệm vụ): its number as written, title, deliverables, lead and supporting
/// units, deadline and result. Named <c>PlanTask</c> so as not to clash with System.Threading.Tasks.Task.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Id">The task's id, unique among all tasks of the plan.</param>
/// <param name="Title">The task as written.</param>
public sealed record PlanTask(string Id, string Title)
{
    /// <summary>The number as written (rows can repeat a number); <see langword="null"/> for an unnumbered bullet.</summary>
    public string? Number { get; init; }

    /// <summary>The products of the task (sản phẩm).</summary>
    public ValueList<Deliverable> Deliverables { get; init; }

    /// <summary>The lead units (đơn vị chủ trì) named on the task itself.</summary>
    public ValueList<string> LeadUnitIds { get; init; }

    /// <summary>The supporting units (đơn vị phối hợp).</summary>
    public ValueList<string> SupportUnitIds { get; init; }

    /// <summary>The lead column as written, when it says more than the ids.</summary>
    public string? LeadText { get; init; }

    /// <summary>The supporting column as written, when it says more than the ids.</summary>
    public string? SupportText { get; init; }

    /// <summary>The deadline (thời gian hoàn thành), whose <see cref="Deadline.Text"/> keeps the phrase as written.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>Where the task stands.</summary>
    public PlanTaskStatus? Status { get; init; }

    /// <summary>When the task was completed.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The result column (kết quả) as written.</summary>
    public string? Result { get; init; }

    /// <summary>The ids of the targets this task serves.</summary>
    public ValueList<string> TargetIds { get; init; }

    /// <summary>Every unit leading this task on the task itself or on one of its deliverables.</summary>
    public IEnumerable<string> AllLeadUnitIds => LeadUnitIds.Concat(Deliverables.SelectMany(d => d.LeadUnitIds)).Distinct(StringComparer.Ordinal);
}
