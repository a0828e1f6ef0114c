using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>The tally of answers to a survey question, for <see cref="SurveyAnswerMapRule"/>.</summary>
/// <param name="Answers">The respondents per option.</param>
public sealed record SurveyInput(ValueList<SurveyAnswerCount> Answers) : LeafInput
{
    /// <inheritdoc />
    public override string Kind => "survey";
}
