namespace Cchc.Domain.Scoring;

/// <summary>A count, for <see cref="CountThresholdRule"/> (things achieved, such as initiatives) and <see cref="DeductionRule"/> (violations).</summary>
/// <param name="Count">The count, zero or more.</param>
public sealed record CountInput(int Count) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "count";
}
