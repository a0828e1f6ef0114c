using FluentValidation;
using FluentValidation.Results;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Ties FluentValidation rules to the diagnostic catalogue, without touching FluentValidation's global options.</summary>
internal static class RuleExtensions
{
    /// <summary>Reports failures of this rule as <paramref name="descriptor"/>, with message arguments taken from the object.</summary>
    public static IRuleBuilderOptions<T, TProperty> Reports<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, DiagnosticDescriptor descriptor, Func<T, TProperty, object?[]>? args = null) =>
        rule.WithErrorCode(descriptor.Code)
            .WithMessage(descriptor.MessageEn)
            .WithState((x, v) => new FailureState(args?.Invoke(x, v) ?? []));

    /// <summary>
    /// Reports a text that is missing, empty or only white space as <see cref="PlanDiagnostics.EmptyText"/>.
    /// FluentValidation's <c>NotEmpty</c> means the same for text but enumerates the characters of every
    /// text it accepts, allocating each time.
    /// </summary>
    public static IRuleBuilderOptions<T, string> NotBlank<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).Reports(PlanDiagnostics.EmptyText);

    /// <summary>Adds a failure at an explicit JSON Pointer from inside a custom rule.</summary>
    public static void Report<T>(this ValidationContext<T> context, DiagnosticDescriptor descriptor, string pointer, params object?[] args) =>
        context.AddFailure(new ValidationFailure(pointer, descriptor.MessageEn)
        {
            ErrorCode = descriptor.Code,
            CustomState = new FailureState(args),
        });

    /// <summary>Adds a failure with a suggested replacement value.</summary>
    public static void ReportWithSuggestion<T>(this ValidationContext<T> context, DiagnosticDescriptor descriptor, string pointer, string suggestion) =>
        context.AddFailure(new ValidationFailure(pointer, descriptor.MessageEn)
        {
            ErrorCode = descriptor.Code,
            CustomState = new FailureState([], suggestion),
        });
}
