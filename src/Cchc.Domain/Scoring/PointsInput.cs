namespace Cchc.Domain.Scoring;

/// <summary>Points entered directly, for <see cref="ManualRule"/>; valid within [0, max].</summary>
/// <param name="Points">The points.</param>
public sealed record PointsInput(decimal Points) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "points";
}
