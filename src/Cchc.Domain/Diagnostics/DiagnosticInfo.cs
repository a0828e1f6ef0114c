namespace Cchc.Domain.Diagnostics;

/// <summary>One entry of <see cref="DiagnosticCatalog"/>: a code the library can report, its default severity and a short title.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Code">The stable code, <c>CCHC</c> followed by four digits (also a constant of <see cref="DiagnosticCodes"/>).</param>
/// <param name="Severity">The severity diagnostics of this code have by default (some readers lower an error to a warning when reading leniently).</param>
/// <param name="Title">A short English title, used in docs and SARIF rule metadata.</param>
public sealed record DiagnosticInfo(string Code, DiagnosticSeverity Severity, string Title);
