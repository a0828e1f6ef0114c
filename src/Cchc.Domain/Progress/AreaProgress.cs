namespace Cchc.Domain.Progress;

/// <summary>The progress of one reform area: its tasks and its own targets.</summary>
/// <param name="AreaId">The area's id.</param>
/// <param name="Number">The area's number as written.</param>
/// <param name="Title">The area's title.</param>
/// <param name="Tasks">The counts of the area's tasks.</param>
/// <param name="Targets">The counts of the area's targets.</param>
public sealed record AreaProgress(string AreaId, string Number, string Title, TaskCounts Tasks, TargetCounts Targets);
