using Cchc.Domain.Plans;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>What <see cref="PlanJson.Read(ReadOnlySpan{byte}, JsonReadOptions?)"/> made of a document.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class PlanReadResult : ReadResult<Plan>
{
    /// <summary>Creates a result.</summary>
    /// <param name="plan">The plan read, or <see langword="null"/> when the document could not be read.</param>
    /// <param name="diagnostics">Every diagnostic.</param>
    public PlanReadResult(Plan? plan, IReadOnlyList<Diagnostic> diagnostics)
        : base(plan, diagnostics)
    {
    }

    /// <summary>The plan; <see langword="null"/> when the document could not be read at all.</summary>
    public Plan? Plan => Value;
}
