using Cchc.Domain.Targets;

namespace Cchc.Domain.Progress;

/// <summary>The outcome of one target of a plan against its actual value.</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="AreaId">The id of the reform area the target belongs to, or <see langword="null"/> for a plan-wide target.</param>
/// <param name="Actual">The actual value given, or <see langword="null"/> when none was.</param>
/// <param name="Outcome">Met, not met, or unknown (qualitative target or no actual value), from <see cref="Target.Evaluate(decimal?)"/>.</param>
public sealed record TargetProgress(string TargetId, string? AreaId, decimal? Actual, TargetOutcome Outcome);
