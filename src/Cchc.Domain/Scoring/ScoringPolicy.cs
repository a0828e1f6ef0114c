namespace Cchc.Domain.Scoring;

/// <summary>The framework-wide scoring choices: not-applicable handling, rounding and whether the index may pass 100.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="NotApplicable">What happens to criteria marked not applicable.</param>
/// <param name="Rounding">Decimals, mode and stage of rounding.</param>
/// <param name="IndexMayExceed100">Whether bonus points may lift the index above 100 %; when false the index is capped at 100.</param>
public sealed record ScoringPolicy(NotApplicablePolicy NotApplicable, RoundingPolicy Rounding, bool IndexMayExceed100)
{
    /// <summary>Rescale the denominator, two decimals half-up at each leaf, index capped at 100.</summary>
    public static ScoringPolicy Default { get; } = new(NotApplicablePolicy.RescaleDenominator, RoundingPolicy.Default, IndexMayExceed100: false);
}
