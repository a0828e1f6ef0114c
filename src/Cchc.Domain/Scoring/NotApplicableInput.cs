namespace Cchc.Domain.Scoring;

/// <summary>The criterion does not apply to the unit ("Không áp dụng"); handled by the framework's <see cref="NotApplicablePolicy"/>.</summary>
/// <param name="Reason">Why it does not apply, or <see langword="null"/>.</param>
public sealed record NotApplicableInput(string? Reason) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "notApplicable";
}
