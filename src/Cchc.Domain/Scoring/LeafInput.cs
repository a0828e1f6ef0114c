namespace Cchc.Domain.Scoring;

/// <summary>
/// What a unit or an appraiser enters for one leaf criterion in one round. A closed set of kinds;
/// each <see cref="ScoringRule"/> accepts the kinds listed in its documentation, and every rule accepts
/// <see cref="NotApplicableInput"/>.
/// </summary>
/// <threadsafety>Every input type is immutable and thread-safe.</threadsafety>
public abstract record LeafInput
{
    private protected LeafInput()
    {
    }

    /// <summary>The JSON <c>kind</c> of this input, for example <c>"binary"</c>.</summary>
    public abstract string Kind { get; }
}
