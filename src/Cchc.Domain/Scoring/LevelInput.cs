namespace Cchc.Domain.Scoring;

/// <summary>The code of the level reached, for <see cref="LevelsRule"/> (for example <c>"tot"</c>).</summary>
/// <param name="Level">A code of one of the rule's levels.</param>
public sealed record LevelInput(string Level) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "level";
}
