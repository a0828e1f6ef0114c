namespace Cchc.Domain.Scoring;

/// <summary>How many respondents chose one answer option of a survey question.</summary>
/// <param name="Option">The option code, for example <c>"A"</c>.</param>
/// <param name="Count">The number of respondents, zero or more.</param>
public sealed record SurveyAnswerCount(string Option, int Count);
