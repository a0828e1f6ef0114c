using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The outcome of reading an official-schedules document.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Schedules">The schedules read, in document order; empty when the document has an error.</param>
/// <param name="Diagnostics">Every problem found, with JSON Pointers into the document.</param>
public sealed record OfficialScheduleReadResult(IReadOnlyList<OfficialSchedule> Schedules, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the document has no error (warnings allowed).</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
}
