namespace Cchc.Domain.Scoring;

/// <summary>A percentage achieved (0 to 100; higher values are treated as 100), for <see cref="RatioBandsRule"/> and <see cref="ProportionalRule"/>.</summary>
/// <param name="Percent">The percentage, for example 87.5 for 87.5 %.</param>
public sealed record RatioInput(decimal Percent) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "ratio";
}
