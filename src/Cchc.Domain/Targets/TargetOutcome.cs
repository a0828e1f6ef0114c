namespace Cchc.Domain.Targets;

/// <summary>The verdict of <see cref="Target.Evaluate(decimal?)"/>.</summary>
public enum TargetOutcome
{
    /// <summary>Cannot be decided: the target is qualitative or no actual value is known.</summary>
    Unknown = 0,

    /// <summary>The actual value meets the target.</summary>
    Met = 1,

    /// <summary>The actual value falls short of the target.</summary>
    NotMet = 2,
}
