using Cchc.Domain.Diagnostics;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Serialization;

/// <summary>What <see cref="PlanJson.Read(ReadOnlySpan{byte}, Json.JsonReadOptions?)"/> made of a document.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class PlanReadResult : ReadResult<Plan>
{
    internal PlanReadResult(Plan? plan, IReadOnlyList<Diagnostic> diagnostics)
        : base(plan, diagnostics)
    {
    }

    /// <summary>The plan; <see langword="null"/> when the document could not be read, or has a structural error.</summary>
    public Plan? Plan => Value;
}
