using FluentValidation;
using FluentValidation.Results;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Ties FluentValidation rules to the diagnostic catalogue, without touching FluentValidation's global
/// options: every failure carries its descriptor (or its finished diagnostic) in
/// <see cref="ValidationFailure.CustomState"/>, read back by <see cref="ValidationDiagnostics.ToDiagnostics"/>.
/// </summary>
internal static class ValidationReports
{
    /// <summary>Reports failures of this rule as <paramref name="descriptor"/>, with message arguments taken from the object.</summary>
    public static IRuleBuilderOptions<T, TProperty> Reports<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, DiagnosticDescriptor descriptor, Func<T, TProperty, object?[]>? args = null) =>
        rule.WithErrorCode(descriptor.Code)
            .WithMessage(descriptor.MessageEn)
            .WithSeverity(ToSeverity(descriptor.Severity))
            .WithState((x, v) => new FailureState(descriptor, args?.Invoke(x, v) ?? []));

    /// <summary>
    /// Reports a text that is missing, empty or only white space as <see cref="PlanDiagnostics.EmptyText"/>.
    /// FluentValidation's <c>NotEmpty</c> means the same for text but enumerates the characters of every
    /// text it accepts, allocating each time.
    /// </summary>
    public static IRuleBuilderOptions<T, string> NotBlank<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).Reports(PlanDiagnostics.EmptyText);

    /// <summary>Adds a failure at an explicit JSON Pointer from inside a custom rule: the diagnostic is finished here, once.</summary>
    public static void Report<T>(this ValidationContext<T> context, DiagnosticDescriptor descriptor, string pointer, params object?[] args) =>
        context.Report(descriptor.Create(pointer, args));

    /// <summary>Adds a failure with a suggested replacement value.</summary>
    public static void ReportWithSuggestion<T>(this ValidationContext<T> context, DiagnosticDescriptor descriptor, string pointer, string suggestion) =>
        context.Report(descriptor.Create(pointer) with { Suggestion = suggestion });

    /// <summary>Adds a finished diagnostic as a failure.</summary>
    public static void Report<T>(this ValidationContext<T> context, Diagnostic diagnostic) =>
        context.AddFailure(new ValidationFailure(diagnostic.Path, diagnostic.MessageEn)
        {
            ErrorCode = diagnostic.Code,
            Severity = ToSeverity(diagnostic.Severity),
            CustomState = diagnostic,
        });

    /// <summary>FluentValidation's severity of a diagnostic severity.</summary>
    public static Severity ToSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
