using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Serialization;

/// <summary>The result of reading a framework: the framework (when the document could be read) and every diagnostic, structural and semantic.</summary>
/// <param name="Value">The framework, or <see langword="null"/> when the document is unreadable.</param>
/// <param name="Diagnostics">Every finding, in document order of the checks.</param>
public sealed record FrameworkReadResult(ScoringFramework? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the framework was read and no diagnostic is an error.</summary>
    public bool IsValid => Value is not null && !Diagnostics.Any(d => d.IsError);
}
