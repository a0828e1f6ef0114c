using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>What <see cref="AssessmentJson"/> made of a document: the assessment (when it could be read) and every diagnostic.</summary>
/// <remarks>Checks against the framework are made by <see cref="AssessmentValidator"/>.</remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class AssessmentReadResult : ReadResult<Assessment>
{
    /// <summary>Creates a result.</summary>
    /// <param name="assessment">The assessment, or <see langword="null"/> when the document is unreadable.</param>
    /// <param name="diagnostics">Every finding.</param>
    internal AssessmentReadResult(Assessment? assessment, IReadOnlyList<Diagnostic> diagnostics)
        : base(assessment, diagnostics)
    {
    }

    /// <summary>The assessment; <see langword="null"/> when the document could not be read at all.</summary>
    public Assessment? Assessment => Value;
}
