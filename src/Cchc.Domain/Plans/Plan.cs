using Cchc.Domain.Legal;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Plans;

/// <summary>
/// An administrative-reform plan (kế hoạch cải cách hành chính): its header, legal basis, aims,
/// reform areas with targets and tasks, units, assignments, reporting obligations and funding.
/// </summary>
/// <remarks>
/// A plan holds what the document says, including what is wrong with it: build or read one, then
/// call <c>new PlanValidator().Validate(plan).ToDiagnostics()</c> for the diagnostics. Lists compare by
/// value, so two plans with the same content are equal.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Header">The document's identity.</param>
public sealed record Plan(PlanHeader Header)
{
    /// <summary>The documents the plan implements (căn cứ, "Thực hiện Kế hoạch số …").</summary>
    public ValueList<LegalReference> LegalBasis { get; init; }

    /// <summary>
    /// The other documents the plan cites in its body (decrees a task applies, decisions a target
    /// refers to), each once, in order of first appearance; the legal basis is not repeated here.
    /// </summary>
    public ValueList<LegalReference> Citations { get; init; }

    /// <summary>The purposes (mục đích, mục tiêu).</summary>
    public ValueList<string> Purposes { get; init; }

    /// <summary>The requirements (yêu cầu).</summary>
    public ValueList<string> Requirements { get; init; }

    /// <summary>The audiences of a communication plan (đối tượng).</summary>
    public ValueList<string> Audiences { get; init; }

    /// <summary>Targets of the whole plan, not tied to one area.</summary>
    public ValueList<Target> Targets { get; init; }

    /// <summary>The reform areas, in the plan's order.</summary>
    public ValueList<ReformArea> Areas { get; init; }

    /// <summary>The sources of funding (kinh phí).</summary>
    public ValueList<FundingSource> Funding { get; init; }

    /// <summary>Every unit the plan names.</summary>
    public ValueList<Unit> Units { get; init; }

    /// <summary>The assignments of "Tổ chức thực hiện".</summary>
    public ValueList<Assignment> Assignments { get; init; }

    /// <summary>The reports the plan requires.</summary>
    public ValueList<ReportingObligation> Reporting { get; init; }

    /// <summary>Text worth keeping that has no other place.</summary>
    public ValueList<string> Notes { get; init; }

    /// <summary>Every document the plan refers to: the legal basis, then the citations.</summary>
    public IEnumerable<LegalReference> AllLegalReferences => LegalBasis.Concat(Citations);

    /// <summary>Every target of the plan: the plan-wide ones, then each area's.</summary>
    public IEnumerable<Target> AllTargets => Targets.Concat(Areas.SelectMany(a => a.Targets));

    /// <summary>Every task of the plan with the area it belongs to, in order.</summary>
    public IEnumerable<(ReformArea Area, PlanTask Task)> AllTasks => Areas.SelectMany(a => a.Tasks.Select(t => (a, t)));
}
