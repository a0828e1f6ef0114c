namespace Cchc.Domain.Scoring;

/// <summary>One answer option of a <see cref="SurveyAnswerMapRule"/> and the percentage of the maximum it is worth.</summary>
/// <param name="Option">The option code, for example <c>"A"</c>.</param>
/// <param name="Percent">The percentage of the maximum, 0 to 100.</param>
public sealed record SurveyAnswerOption(string Option, decimal Percent);
