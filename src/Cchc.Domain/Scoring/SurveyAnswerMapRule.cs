using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Survey answer map: each answer option is worth a percentage of the maximum, averaged over the
/// respondents: max × Σ(count × percent) ÷ (100 × Σ count). No respondents earn 0; options the map does
/// not know are left out (and reported). Takes <see cref="SurveyInput"/>.
/// </summary>
/// <example>A 100 %, B 60 %, C 20 %, D 0 % (the Yên Bái survey application, par-index.md §2.2).</example>
/// <param name="Options">The options and their percentages.</param>
public sealed record SurveyAnswerMapRule(ValueList<SurveyAnswerOption> Options) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "surveyAnswerMap";

    /// <inheritdoc />
    public override string InputKind => "survey";

    /// <summary>The option with code <paramref name="option"/>, or <see langword="null"/>.</summary>
    /// <param name="option">An option code.</param>
    /// <returns>The option or <see langword="null"/>.</returns>
    public SurveyAnswerOption? Find(string option)
    {
        foreach (var candidate in Options)
        {
            if (string.Equals(candidate.Option, option, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar)
    {
        var respondents = 0L;
        var weighted = 0m;
        var answers = ((SurveyInput)input).Answers;
        foreach (var answer in answers)
        {
            if (answer.Count > 0 && Find(answer.Option) is { } option)
            {
                respondents += answer.Count;
                weighted += answer.Count * Math.Clamp(option.Percent, 0m, 100m);
            }
        }

        return respondents == 0 ? 0m : PointMath.Scale(maxPoints, weighted, 100m * respondents);
    }
}
