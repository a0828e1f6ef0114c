using FluentValidation;
using FluentValidation.Results;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Turns FluentValidation results into <see cref="Diagnostic"/>s: the one conversion used by the
/// library's readers and by users who run, include or extend its validators (<c>PlanValidator</c>,
/// <c>FrameworkValidator</c>, <c>AssessmentValidator</c>, <c>OfficialScheduleValidator</c>).
/// </summary>
/// <remarks>
/// <para>A failure of the library's rules carries its diagnostic (or the descriptor and message
/// arguments) in <see cref="ValidationFailure.CustomState"/>; its code, severity, JSON Pointer and
/// messages come out exactly as the catalogue defines them.</para>
/// <para>A failure of a user's own rule (any other state) becomes <see cref="DiagnosticCodes.UserRule"/>
/// (<c>CCHC9001</c>) with the failure's severity, its message in both languages and its property
/// path turned into a JSON Pointer (<c>Header.Issuer</c> → <c>/header/issuer</c>,
/// <c>Areas[0].Title</c> → <c>/areas/0/title</c>).</para>
/// </remarks>
public static class ValidationDiagnostics
{
    /// <summary>The diagnostics of every failure of <paramref name="result"/>, in the order of the failures.</summary>
    /// <param name="result">The result of a FluentValidation validator.</param>
    /// <returns>The diagnostics; empty for a valid result.</returns>
    public static IReadOnlyList<Diagnostic> ToDiagnostics(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var diagnostics = new Diagnostic[result.Errors.Count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = ToDiagnostic(result.Errors[i]);
        }

        return diagnostics;
    }

    /// <summary>Validates <paramref name="instance"/> with <paramref name="validator"/> and returns the diagnostics: <c>validator.Validate(instance).ToDiagnostics()</c>.</summary>
    /// <typeparam name="T">The type validated.</typeparam>
    /// <param name="validator">A validator: one of the library's, or a user's own that includes them.</param>
    /// <param name="instance">The value to validate.</param>
    /// <returns>The diagnostics; empty when no rule fails.</returns>
    public static IReadOnlyList<Diagnostic> Diagnose<T>(this IValidator<T> validator, T instance)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator.Validate(instance).ToDiagnostics();
    }

    /// <summary>The diagnostic of one failure.</summary>
    /// <param name="failure">A FluentValidation failure.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic ToDiagnostic(this ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.CustomState switch
        {
            Diagnostic diagnostic => diagnostic,
            FailureState state => state.Descriptor.Create(PropertyPaths.ToPointer(failure.PropertyName ?? string.Empty), state.Args) with { Suggestion = state.Suggestion },
            _ => UserRuleDiagnostics.UserRule.Create(ToSeverity(failure.Severity), PropertyPaths.ToPointer(failure.PropertyName ?? string.Empty), failure.ErrorMessage),
        };
    }

    private static DiagnosticSeverity ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
