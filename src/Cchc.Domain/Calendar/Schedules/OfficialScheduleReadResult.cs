using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>What <see cref="OfficialScheduleJson"/> made of a document: the schedules (when it has no error) and every diagnostic.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OfficialScheduleReadResult : ReadResult<IReadOnlyList<OfficialSchedule>>
{
    internal OfficialScheduleReadResult(IReadOnlyList<OfficialSchedule>? schedules, IReadOnlyList<Diagnostic> diagnostics)
        : base(schedules is not null && !diagnostics.Any(d => d.IsError) ? schedules : null, diagnostics)
    {
    }

    /// <summary>The schedules read, in document order; empty when the document has an error.</summary>
    public IReadOnlyList<OfficialSchedule> Schedules => Value ?? [];
}
