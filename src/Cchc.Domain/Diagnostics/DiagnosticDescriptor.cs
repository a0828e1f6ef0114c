using System.Globalization;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// The description of one kind of diagnostic: its stable code, default severity and message
/// templates in English and Vietnamese. Templates use composite-format placeholders ({0}, {1}…).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Code">The stable code, <c>CCHC</c> followed by four digits.</param>
/// <param name="Severity">The severity of diagnostics created from this descriptor.</param>
/// <param name="Title">A short English title, used in docs and SARIF rule metadata.</param>
/// <param name="MessageEn">The English message template.</param>
/// <param name="MessageVi">The Vietnamese message template.</param>
internal sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageEn, string MessageVi)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Creates a diagnostic at <paramref name="path"/> with the templates filled from <paramref name="args"/>.</summary>
    /// <param name="path">A JSON Pointer to the value concerned.</param>
    /// <param name="args">The values of the template's placeholders.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Create(string path, params object?[] args) => Create(Severity, path, args);

    /// <summary>Creates a diagnostic with an explicit severity (used where a mode turns an error into a warning).</summary>
    /// <param name="severity">The severity to report.</param>
    /// <param name="path">A JSON Pointer to the value concerned.</param>
    /// <param name="args">The values of the template's placeholders.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Create(DiagnosticSeverity severity, string path, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(args);
        return new Diagnostic(
            Code,
            severity,
            path,
            string.Format(CultureInfo.InvariantCulture, MessageEn, args),
            string.Format(Vietnamese, MessageVi, args));
    }
}
