namespace Cchc.Domain.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the document is fine as it is.</summary>
    Info = 0,

    /// <summary>Probably a mistake in the source (a typo, a date outside the plan year); the document stays valid.</summary>
    Warning = 1,

    /// <summary>The document is invalid: it cannot be read, or it breaks a rule of the format or of the domain.</summary>
    Error = 2,
}
