using Cchc.Domain.Diagnostics;
using Cchc.Domain.Plans;
using Cchc.Domain.Validation.Plans;
using FluentValidation;

namespace Cchc.Domain.Validation;

/// <summary>
/// The semantic rules of a plan, beyond what the JSON format can say: unique ids, references to
/// declared units, areas, targets and tasks, no cycles of parents, every task led, targets complete
/// and in range, years and dates plausible for the plan period, citations consistent, text in NFC.
/// </summary>
/// <remarks>
/// <para>A FluentValidation validator: run it with <c>Validate</c> and turn the result into
/// <see cref="Diagnostic"/>s with <see cref="ValidationDiagnostics.ToDiagnostics"/> (or call
/// <c>validator.Diagnose(plan)</c>); <c>Include</c> it in a validator of your own to add a province's
/// rules, whose failures come out as <see cref="DiagnosticCodes.UserRule"/> (docs/diagnostics.md).
/// Create it once and reuse it: it is thread-safe once built. FluentValidation's global options are
/// left untouched.</para>
/// <para>Field rules report at their property path, turned into the JSON Pointer of the plan's JSON
/// (docs/json-format.md) once per failure; whole-plan checks walk the plan with a path and build a
/// pointer only for a finding.</para>
/// </remarks>
/// <example>
/// <code>
/// var diagnostics = new PlanValidator().Validate(plan).ToDiagnostics();
/// </code>
/// </example>
public class PlanValidator : AbstractValidator<Plan>
{
    /// <summary>The instance the readers share.</summary>
    internal static PlanValidator Shared { get; } = new();

    /// <summary>Creates the validator with every rule of the library.</summary>
    public PlanValidator()
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
