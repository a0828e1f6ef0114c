using Cchc.Domain.Plans;
using Cchc.Domain.Validation.Plans;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation;

/// <summary>
/// The semantic rules of a plan, beyond what the JSON format can say: unique ids, references to
/// declared units, areas, targets and tasks, no cycles of parents, every task led, targets complete
/// and in range, years and dates plausible for the plan period, citations consistent, text in NFC.
/// </summary>
/// <remarks>
/// FluentValidation runs inside; its global options are left untouched. Paths are JSON Pointers into
/// the plan's JSON (docs/json-format.md); codes and messages come from <see cref="PlanDiagnostics"/>.
/// </remarks>
public static class PlanValidator
{
    /// <summary>Validates <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Every diagnostic; empty for a plan that breaks no rule.</returns>
    public static IReadOnlyList<Diagnostic> Validate(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = PlanRules.Instance.Validate(plan);
        return [.. result.Errors.Select(failure =>
        {
            var descriptor = DiagnosticCatalog.Find(failure.ErrorCode)
                ?? throw new InvalidOperationException($"Rule without a catalogued code: {failure.ErrorCode}.");
            var state = failure.CustomState as FailureState ?? new FailureState([]);
            return descriptor.Create(PropertyPaths.ToPointer(failure.PropertyName), state.Args) with { Suggestion = state.Suggestion };
        })];
    }
}
