namespace Cchc.Cli.Reports;

/// <summary>The outcome of validating one input: its kind, verdict and located diagnostics, or why it could not be read.</summary>
/// <param name="Name">The input as named on the command line (<c>&lt;stdin&gt;</c> for <c>-</c>).</param>
/// <param name="Kind">The document kind read, or <see langword="null"/> when the input was not read.</param>
/// <param name="IsValid">Whether the document is valid (warnings allowed).</param>
/// <param name="Diagnostics">The diagnostics, in the reader's order.</param>
/// <param name="IoErrorEn">Why the input could not be read (English), or <see langword="null"/>.</param>
/// <param name="IoErrorVi">Why the input could not be read (Vietnamese), or <see langword="null"/>.</param>
internal sealed record FileReport(string Name, string? Kind, bool IsValid, IReadOnlyList<LocatedDiagnostic> Diagnostics, string? IoErrorEn = null, string? IoErrorVi = null)
{
    public bool HasIoError => IoErrorEn is not null;

    public int ErrorCount => Diagnostics.Count(d => d.Diagnostic.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Diagnostic.Severity == Cchc.Domain.Diagnostics.DiagnosticSeverity.Warning);
}
