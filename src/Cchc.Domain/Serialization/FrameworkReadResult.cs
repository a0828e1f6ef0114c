using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>What <see cref="FrameworkJson"/> made of a document: the framework (when it could be read) and every diagnostic, structural and semantic.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class FrameworkReadResult : ReadResult<ScoringFramework>
{
    /// <summary>Creates a result.</summary>
    /// <param name="framework">The framework, or <see langword="null"/> when the document is unreadable.</param>
    /// <param name="diagnostics">Every finding.</param>
    internal FrameworkReadResult(ScoringFramework? framework, IReadOnlyList<Diagnostic> diagnostics)
        : base(framework, diagnostics)
    {
    }

    /// <summary>The framework; <see langword="null"/> when the document could not be read at all.</summary>
    public ScoringFramework? Framework => Value;
}
