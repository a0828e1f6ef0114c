using Cchc.Domain.Targets;
using FluentValidation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>The rules of one target that need nothing but the target: completeness, ranges and bounds.</summary>
internal sealed class TargetRules : AbstractValidator<Target>
{
    public TargetRules()
    {
        RuleFor(t => t.Id).NotBlank();
        RuleFor(t => t.Text).NotBlank();
        RuleFor(t => t.Measure)
            .Must((t, measure) => measure == TargetMeasure.Qualitative
                ? t.Comparator is null && t.Value is null && t.UpperValue is null && t.Unit is null
                : t.Comparator is not null && t.Value is not null && t.Unit is not null)
            .Reports(PlanDiagnostics.IncompleteQuantity, (_, measure) => [Codes.Of(measure)]);
        RuleFor(t => t.UpperValue)
            .Must((t, upper) => upper is null == (t.Comparator != Comparator.Between))
            .When(t => t.Measure != TargetMeasure.Qualitative && t.Comparator is not null)
            .Reports(PlanDiagnostics.UpperValueMismatch);
        RuleFor(t => t.UpperValue)
            .Must((t, upper) => t.Value <= upper)
            .When(t => t.Value is not null && t.UpperValue is not null)
            .Reports(PlanDiagnostics.RangeInverted, (t, upper) => [t.Value, upper]);
        RuleFor(t => t.Value)
            .InclusiveBetween(0m, 100m)
            .When(t => t.Measure == TargetMeasure.Level && t.Unit == QuantityUnit.Percent)
            .Reports(PlanDiagnostics.PercentOutOfRange, (_, v) => [v]);
        RuleFor(t => t.UpperValue)
            .InclusiveBetween(0m, 100m)
            .When(t => t.Measure == TargetMeasure.Level && t.Unit == QuantityUnit.Percent)
            .Reports(PlanDiagnostics.PercentOutOfRange, (_, v) => [v]);
        RuleFor(t => t.Value)
            .GreaterThanOrEqualTo(0m)
            .When(t => t.Measure == TargetMeasure.Level && t.Unit is QuantityUnit.Count or QuantityUnit.Rank or QuantityUnit.Points)
            .Reports(PlanDiagnostics.NegativeValue, (_, v) => [v]);
    }
}
