namespace Cchc.Domain.Scoring;

/// <summary>
/// How a leaf criterion turns an input into points: a closed set of documented kinds, each a record
/// whose parameters are data (read from the framework's JSON). Every rule returns points within
/// [0, max], and more achievement never gives fewer points.
/// </summary>
/// <threadsafety>Every rule type is immutable and thread-safe.</threadsafety>
public abstract record ScoringRule
{
    private protected ScoringRule()
    {
    }

    /// <summary>The JSON <c>kind</c> of this rule, for example <c>"ratioBands"</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The JSON <c>kind</c> of the input this rule takes, for example <c>"ratio"</c>.</summary>
    public abstract string InputKind { get; }

    /// <summary>Whether this rule can score <paramref name="input"/> (inputs of another kind are reported as diagnostics by the scorer).</summary>
    /// <param name="input">An input.</param>
    /// <returns><see langword="true"/> when the input has the kind this rule takes.</returns>
    public bool Accepts(LeafInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Equals(input.Kind, InputKind, StringComparison.Ordinal);
    }

    /// <summary>The points <paramref name="input"/> earns on a leaf of <paramref name="maxPoints"/>, within [0, <paramref name="maxPoints"/>], unrounded.</summary>
    /// <param name="input">An input this rule <see cref="Accepts(LeafInput)"/>.</param>
    /// <param name="maxPoints">The leaf's maximum, zero or more.</param>
    /// <param name="calendar">How grace days are counted (timeliness only); calendar days when <see langword="null"/>.</param>
    /// <returns>The points.</returns>
    /// <exception cref="ArgumentException">The input is of a kind this rule does not take, or <paramref name="maxPoints"/> is negative (programmer errors).</exception>
    public decimal Evaluate(LeafInput input, decimal maxPoints, ITimelinessCalendar? calendar = null)
    {
        if (!Accepts(input))
        {
            throw new ArgumentException($"A '{Kind}' rule takes '{InputKind}' inputs, not '{input.Kind}'.", nameof(input));
        }

        // Compared with 0 rather than ThrowIfNegative, which takes -0.0 (a decimal keeps its sign) for a negative maximum.
        if (maxPoints < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "The maximum must be zero or more.");
        }
        var points = EvaluateCore(input, maxPoints, calendar ?? CalendarDayGrace.Instance);
        return Math.Clamp(points, 0m, maxPoints);
    }

    /// <summary>The points before clamping to [0, max].</summary>
    /// <param name="input">An accepted input.</param>
    /// <param name="maxPoints">The leaf's maximum.</param>
    /// <param name="calendar">The grace calendar.</param>
    /// <returns>The points.</returns>
    private protected abstract decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar);
}
