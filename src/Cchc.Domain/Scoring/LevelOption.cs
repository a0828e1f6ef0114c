namespace Cchc.Domain.Scoring;

/// <summary>One level of a <see cref="LevelsRule"/>: a code, its label and the fraction of the maximum it earns.</summary>
/// <param name="Code">The code entered in assessments, for example <c>"tot"</c>.</param>
/// <param name="Label">The label as written in the criteria sheet, for example <c>"Hoàn thành tốt"</c>.</param>
/// <param name="Fraction">The fraction of the maximum, 0 to 1 (0.75 for 75 %).</param>
public sealed record LevelOption(string Code, string Label, decimal Fraction);
