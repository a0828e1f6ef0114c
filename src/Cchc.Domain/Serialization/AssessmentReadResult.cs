using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Serialization;

/// <summary>The result of reading an assessment: the assessment (when the document could be read) and the structural diagnostics.</summary>
/// <remarks>Checks against the framework are made by <see cref="AssessmentValidator"/>.</remarks>
/// <param name="Value">The assessment, or <see langword="null"/> when the document is unreadable.</param>
/// <param name="Diagnostics">Every finding.</param>
public sealed record AssessmentReadResult(Assessment? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the assessment was read and no diagnostic is an error.</summary>
    public bool IsValid => Value is not null && !Diagnostics.Any(d => d.IsError);
}
