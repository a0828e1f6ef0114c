namespace Cchc.Domain.Diagnostics;

/// <summary>
/// What a FluentValidation failure of a field rule carries to become a <see cref="Diagnostic"/>: the
/// descriptor itself (never looked up again by its code), the message arguments and an optional
/// suggestion. The pointer comes from the failure's property path, once, when it is converted.
/// Whole-document checks, which know their pointer, carry the finished <see cref="Diagnostic"/> instead.
/// </summary>
internal sealed record FailureState(DiagnosticDescriptor Descriptor, object?[] Args, string? Suggestion = null);
