using System.Globalization;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// One finding about a document: a stable code, a severity, the place (a JSON Pointer into the
/// document, RFC 6901) and a message in English and in Vietnamese.
/// </summary>
/// <remarks>
/// <para>Readers and validators report bad input as diagnostics, never as exceptions.</para>
/// <para>The code (for example <c>CCHC2003</c>) is stable across releases; the wording of the
/// messages is not. Every code is listed in docs/diagnostics.md.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
/// <param name="Code">The stable code, <c>CCHC</c> followed by four digits.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Path">A JSON Pointer (RFC 6901) to the value concerned; the empty string is the whole document.</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="MessageVi">The message in Vietnamese.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Path, string MessageEn, string MessageVi)
{
    /// <summary>
    /// A replacement for the value at <see cref="Path"/> that resolves the finding, when one is known
    /// (for example the Unicode NFC form of a text); otherwise <see langword="null"/>.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// Where in the text the problem is, when the reader knows it without a JSON Pointer (a document
    /// that is not well-formed JSON or not UTF-8); otherwise <see langword="null"/>, and
    /// <see cref="JsonPositions"/> finds the place of <see cref="Path"/>.
    /// </summary>
    public SourcePosition? Position { get; init; }

    /// <summary>The message in the current UI culture: Vietnamese for a <c>vi</c> culture, English otherwise.</summary>
    public string Message => GetMessage(CultureInfo.CurrentUICulture);

    /// <summary>The message in the language of <paramref name="culture"/>: Vietnamese for <c>vi</c>, English otherwise.</summary>
    /// <param name="culture">The culture whose language is wanted.</param>
    /// <returns>The message in Vietnamese or English.</returns>
    public string GetMessage(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.Ordinal) ? MessageVi : MessageEn;
    }

    /// <summary>Whether this diagnostic makes the document invalid.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Severity.ToString().ToLowerInvariant()} {Code} at '{Path}': {MessageEn}");
}
