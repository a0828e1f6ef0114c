namespace Cchc.Domain.Targets;

/// <summary>
/// A target of the plan (chỉ tiêu, mục tiêu): the sentence as written plus its structure —
/// indicator, measure, comparator, value(s) and unit, baseline and horizon years, and the parent
/// target whose population a "Trong số đó, …" target is a share of.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Id">The target's id, unique among all targets of the plan.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Measure">What the target asks for.</param>
public sealed record Target(string Id, string Text, TargetMeasure Measure)
{
    /// <summary>What is measured ("TTHC được cung cấp trực tuyến mức độ 3 và 4").</summary>
    public string? Indicator { get; init; }

    /// <summary>How the actual value is compared; <see langword="null"/> for a qualitative target.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>The value, or the lower bound of <see cref="Targets.Comparator.Between"/>.</summary>
    public decimal? Value { get; init; }

    /// <summary>The upper bound of <see cref="Targets.Comparator.Between"/>; otherwise <see langword="null"/>.</summary>
    public decimal? UpperValue { get; init; }

    /// <summary>The unit of the value.</summary>
    public QuantityUnit? Unit { get; init; }

    /// <summary>The unit as written ("sáng kiến", "bậc").</summary>
    public string? UnitText { get; init; }

    /// <summary>The year compared with ("so với năm 2021").</summary>
    public int? BaselineYear { get; init; }

    /// <summary>The value in the baseline year, when known.</summary>
    public decimal? BaselineValue { get; init; }

    /// <summary>The year by which the target is to be met, when beyond the plan year ("đến năm 2025").</summary>
    public int? HorizonYear { get; init; }

    /// <summary>The target whose population this one is a share of ("Trong số đó, ít nhất 80% …").</summary>
    public string? ParentId { get; init; }

    /// <summary>The task whose text states this target.</summary>
    public string? TaskId { get; init; }

    /// <summary>Whether the target has a number to compare with.</summary>
    public bool IsQuantitative => Measure != TargetMeasure.Qualitative && Comparator is not null && Value is not null;

    /// <summary>
    /// Says whether <paramref name="actual"/> meets the target. For <see cref="TargetMeasure.Increase"/>
    /// and <see cref="TargetMeasure.Decrease"/> the actual value is the observed change (places gained for
    /// a rank); for a <see cref="TargetMeasure.Level"/> it is the level reached (the rank itself for TOP N).
    /// </summary>
    /// <param name="actual">The actual value, or <see langword="null"/> when not known.</param>
    /// <returns>Met, not met, or unknown for a qualitative target or an unknown actual value.</returns>
    public TargetOutcome Evaluate(decimal? actual)
    {
        if (actual is not { } a || !IsQuantitative)
        {
            return TargetOutcome.Unknown;
        }

        var value = Value!.Value;
        var met = Comparator switch
        {
            Targets.Comparator.AtLeast => a >= value,
            Targets.Comparator.MoreThan => a > value,
            Targets.Comparator.Exactly => a == value,
            Targets.Comparator.AtMost => a <= value,
            Targets.Comparator.LessThan => a < value,
            Targets.Comparator.Between => UpperValue is { } upper ? a >= value && a <= upper : a >= value,
            _ => false,
        };
        return met ? TargetOutcome.Met : TargetOutcome.NotMet;
    }
}
