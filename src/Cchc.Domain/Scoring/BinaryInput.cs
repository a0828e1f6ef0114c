namespace Cchc.Domain.Scoring;

/// <summary>A yes/no answer (có / không), for <see cref="BinaryRule"/>.</summary>
/// <param name="Achieved">Whether the requirement is met.</param>
public sealed record BinaryInput(bool Achieved) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "binary";
}
