using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>Label → fraction of the maximum; an unknown level earns 0 (and is reported). Takes <see cref="LevelInput"/>.</summary>
/// <example>"Hoàn thành xuất sắc: điểm tối đa; hoàn thành tốt: 75 %; hoàn thành: 50 %".</example>
/// <param name="Levels">The levels, each with its fraction.</param>
public sealed record LevelsRule(ValueList<LevelOption> Levels) : ScoringRule
{
    /// <inheritdoc />
    public override string Kind => "levels";

    /// <inheritdoc />
    public override string InputKind => "level";

    /// <summary>The level with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">A level code.</param>
    /// <returns>The level or <see langword="null"/>.</returns>
    public LevelOption? Find(string code)
    {
        foreach (var level in Levels)
        {
            if (string.Equals(level.Code, code, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return null;
    }

    /// <inheritdoc />
    private protected override decimal EvaluateCore(LeafInput input, decimal maxPoints, ITimelinessCalendar calendar) =>
        Find(((LevelInput)input).Level) is { } level ? PointMath.Share(maxPoints, level.Fraction) : 0m;
}
