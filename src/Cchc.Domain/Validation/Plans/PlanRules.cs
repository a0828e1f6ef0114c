using Cchc.Domain.Plans;
using FluentValidation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>
/// The FluentValidation rules of a plan: field rules per object (composed with child rules so that
/// failures carry property paths that map onto the JSON), then whole-plan checks (ids, references,
/// cycles, leads, plausibility of years and dates, Unicode form).
/// </summary>
internal sealed class PlanRules : AbstractValidator<Plan>
{
    public static PlanRules Instance { get; } = new();

    private PlanRules()
    {
        var targetRules = new TargetRules();
        RuleFor(p => p.Header).ChildRules(header =>
        {
            header.RuleFor(h => h.Title).NotBlank();
            header.RuleFor(h => h.Issuer).NotBlank();
            header.RuleFor(h => h.Year)
                .InclusiveBetween(1900, 2199)
                .Reports(PlanDiagnostics.YearOutOfRange, (_, year) => [year]);
            header.RuleFor(h => h.EndYear)
                .InclusiveBetween(1900, 2199)
                .When(h => h.EndYear is not null)
                .Reports(PlanDiagnostics.YearOutOfRange, (_, year) => [year]);
            header.RuleFor(h => h.EndYear)
                .Must((h, end) => end >= h.Year)
                .When(h => h.EndYear is not null)
                .Reports(PlanDiagnostics.EndYearBeforeYear, (h, end) => [end, h.Year]);
        });
        RuleForEach(p => p.LegalBasis).ChildRules(reference => reference.RuleFor(r => r.Text).NotBlank());
        RuleForEach(p => p.Citations).ChildRules(reference => reference.RuleFor(r => r.Text).NotBlank());
        RuleForEach(p => p.Targets).SetValidator(targetRules);
        RuleForEach(p => p.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Id).NotBlank();
            area.RuleFor(a => a.Title).NotBlank();
            area.RuleForEach(a => a.Targets).SetValidator(targetRules);
            area.RuleForEach(a => a.Tasks).ChildRules(task =>
            {
                task.RuleFor(t => t.Id).NotBlank();
                task.RuleFor(t => t.Title).NotBlank();
                task.RuleForEach(t => t.Deliverables).ChildRules(d => d.RuleFor(x => x.Title).NotBlank());
            });
        });
        RuleForEach(p => p.Units).ChildRules(unit =>
        {
            unit.RuleFor(u => u.Id).NotBlank();
            unit.RuleFor(u => u.Name).NotBlank();
        });
        RuleForEach(p => p.Assignments).ChildRules(assignment =>
            assignment.RuleFor(a => a.Scope)
                .Must((a, scope) => scope switch
                {
                    AssignmentScope.Plan => a.AreaIds.IsEmpty && a.TaskIds.IsEmpty,
                    AssignmentScope.Areas => !a.AreaIds.IsEmpty && a.TaskIds.IsEmpty,
                    _ => a.AreaIds.IsEmpty && !a.TaskIds.IsEmpty,
                })
                .Reports(PlanDiagnostics.ScopeMismatch, (_, scope) => [Codes.Of(scope), ScopeNeeds(scope)]));
        RuleForEach(p => p.Funding).ChildRules(f => f.RuleFor(x => x.Text).NotBlank());
        RuleForEach(p => p.Reporting).ChildRules(r => r.RuleFor(x => x.Text).NotBlank());

        RuleFor(p => p).Custom(ReferenceChecks.Check);
        RuleFor(p => p).Custom(PlausibilityChecks.Check);
        RuleFor(p => p).Custom(DeadlineChecks.Check);
        RuleFor(p => p).Custom(TextChecks.Check);
    }

    private static string ScopeNeeds(AssignmentScope scope) => scope switch
    {
        AssignmentScope.Plan => "no areaIds or taskIds",
        AssignmentScope.Areas => "areaIds",
        _ => "taskIds",
    };
}
