using Cchc.Domain.Deadlines;
using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>A task whose deadline gives no date (ongoing, after an event, as directed, not understood).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="TaskId">The task.</param>
/// <param name="Deadline">Its deadline; <see cref="AfterEventDeadline.DueDateAfter"/> dates it once the event is known.</param>
public sealed record UndatedDeadline(string TaskId, Deadline Deadline);
